from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationConfig(AppConfig):
    name = "wagtail_emulation.consultation"
    label = "wagtail_emulation_consultation"
    verbose_name = _("Draft consultation")
    default_auto_field = "django.db.models.BigAutoField"
    #: Apps this one needs beside it in INSTALLED_APPS (a system check names any missing).
    companion_apps = ("captcha", "django_tasks", "wagtail.documents")
