from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RatingsConfig(AppConfig):
    name = "wagtail_emulation.ratings"
    label = "wagtail_emulation_ratings"
    verbose_name = _("Star ratings")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from ..feedback import register_feedback_widget
        from ..site_settings import cache_site_setting
        from ..state import register_state_part
        from .models import RatingSettings
        from .state import rating_state
        from .widgets import forget_all_rating_renders, render_rating_head, render_rating_widget

        register_feedback_widget("rating", render_rating_widget, order=10, head=render_rating_head)
        register_state_part("rating", rating_state)
        cache_site_setting(RatingSettings)
        for signal in (post_save, post_delete):
            signal.connect(
                forget_all_rating_renders,
                sender=RatingSettings,
                dispatch_uid=f"emu-rating-renders-settings:{id(signal)}",
            )
