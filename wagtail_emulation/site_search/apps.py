from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class SiteSearchConfig(AppConfig):
    name = "wagtail_emulation.site_search"
    label = "wagtail_emulation_site_search"
    verbose_name = _("Site search and site maps")
    default_auto_field = "django.db.models.BigAutoField"
    #: Apps this one needs beside it in INSTALLED_APPS (a system check names any missing).
    companion_apps = (
        "wagtail.contrib.search_promotions",
        "wagtail.contrib.sitemaps",
        "django.contrib.sitemaps",
    )

    def ready(self):
        from ..fragments import forget_on_content_changes
        from .fragment_names import FRAME, PICKS, RANKINGS
        from .indexing import connect_signals
        from .templatetags.emulation_site_search import SITE_MAP_LINK

        connect_signals()
        # Filter choices, privacy, rankings and the site map link follow the pages; picks also
        # follow the editors' promotions.
        forget_on_content_changes(FRAME)
        forget_on_content_changes(RANKINGS)
        forget_on_content_changes(SITE_MAP_LINK)
        promotions = ()
        if apps.is_installed("wagtail.contrib.search_promotions"):
            from wagtail.contrib.search_promotions.models import Query, SearchPromotion

            promotions = (SearchPromotion, Query)
        forget_on_content_changes(PICKS, also=promotions)
