from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkScheduleConfig(AppConfig):
    name = "wagtail_emulation.work_schedule"
    label = "wagtail_emulation_work_schedule"
    verbose_name = _("Work schedule")
    default_auto_field = "django.db.models.BigAutoField"
    #: Apps this one needs beside it in INSTALLED_APPS (a system check names any missing).
    companion_apps = ("wagtail.contrib.routable_page", "wagtail.snippets")
