from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VisitsConfig(AppConfig):
    name = "wagtail_emulation.visits"
    label = "wagtail_emulation_visits"
    verbose_name = _("Visit statistics")
    default_auto_field = "django.db.models.BigAutoField"
    #: Apps this one needs beside it in INSTALLED_APPS (a system check names any missing).
    companion_apps = ("django_tasks",)

    def ready(self):
        from ..fragments import forget_on_content_changes
        from ..site_settings import cache_site_setting
        from . import checks  # noqa: F401 - checks register themselves
        from .models import VisitSettings
        from .widgets import MOST_VIEWED

        cache_site_setting(VisitSettings)
        forget_on_content_changes(MOST_VIEWED)
