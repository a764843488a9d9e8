from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RatingsConfig(AppConfig):
    name = "wagtail_emulation.ratings"
    label = "wagtail_emulation_ratings"
    verbose_name = _("Star ratings")
    default_auto_field = "django.db.models.BigAutoField"
