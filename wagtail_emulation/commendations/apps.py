from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommendationsConfig(AppConfig):
    name = "wagtail_emulation.commendations"
    label = "wagtail_emulation_commendations"
    verbose_name = _("Emulation and commendation")
    default_auto_field = "django.db.models.BigAutoField"
    #: Apps this one needs beside it in INSTALLED_APPS (a system check names any missing).
    companion_apps = ("wagtail.contrib.routable_page", "captcha", "django_tasks")

    def ready(self):
        from .signals import connect

        connect()
