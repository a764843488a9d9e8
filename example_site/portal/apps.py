from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "example_site.portal"
    label = "portal"
    verbose_name = "Cổng thông tin (demo)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published, page_unpublished

        from . import html_cache

        # Connected whatever the settings (it checks is_enabled() itself): a page made private
        # must not stay in the HTML cache, and tests turn the cache on after start-up.
        for signal, uid in ((post_save, "saved"), (post_delete, "deleted")):
            signal.connect(
                html_cache.purge_on_restriction_change,
                sender=PageViewRestriction,
                dispatch_uid=f"portal-html-cache-restriction-{uid}",
            )

        if html_cache.is_enabled():
            page_published.connect(html_cache.purge_on_publish, dispatch_uid="portal-html-cache")
            page_unpublished.connect(
                html_cache.purge_on_publish, dispatch_uid="portal-html-cache-u"
            )
