from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "wagtail_emulation.campaigns"
    label = "wagtail_emulation_campaigns"
    verbose_name = _("Emulation campaigns")
    default_auto_field = "django.db.models.BigAutoField"
