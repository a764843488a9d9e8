from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RatingsConfig(AppConfig):
    name = "wagtail_emulation.ratings"
    label = "wagtail_emulation_ratings"
    verbose_name = _("Star ratings")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from ..site_settings import cache_site_setting
        from .models import RatingSettings
        from .widgets import forget_all_rating_renders

        cache_site_setting(RatingSettings)
        for signal in (post_save, post_delete):
            signal.connect(
                forget_all_rating_renders,
                sender=RatingSettings,
                dispatch_uid=f"emu-rating-renders-settings:{id(signal)}",
            )
