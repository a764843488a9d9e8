from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExemplarsConfig(AppConfig):
    name = "wagtail_emulation.exemplars"
    label = "wagtail_emulation_exemplars"
    verbose_name = _("Exemplar stories")
    default_auto_field = "django.db.models.BigAutoField"
