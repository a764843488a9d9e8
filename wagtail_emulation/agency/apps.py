from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgencyConfig(AppConfig):
    name = "wagtail_emulation.agency"
    label = "wagtail_emulation_agency"
    verbose_name = _("The agency")
    default_auto_field = "django.db.models.BigAutoField"
    #: Apps this one needs beside it in INSTALLED_APPS (a system check names any missing).
    companion_apps = ("wagtail.contrib.routable_page", "wagtail.images", "wagtail.snippets")

    def ready(self):
        from .signals import connect

        connect()
