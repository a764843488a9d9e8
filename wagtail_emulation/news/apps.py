from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "wagtail_emulation.news"
    label = "wagtail_emulation_news"
    verbose_name = _("News")
    default_auto_field = "django.db.models.BigAutoField"
    #: Apps this one needs beside it in INSTALLED_APPS (a system check names any missing).
    companion_apps = ("wagtail.contrib.routable_page", "wagtail.contrib.table_block", "taggit")

    def ready(self):
        from ..fragments import forget_on_content_changes

        # Whatever can change which articles are related drops every cached box.
        forget_on_content_changes("related")
