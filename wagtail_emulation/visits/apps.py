from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VisitsConfig(AppConfig):
    name = "wagtail_emulation.visits"
    label = "wagtail_emulation_visits"
    verbose_name = _("Visit statistics")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from ..feedback import register_feedback_widget
        from ..site_settings import cache_site_setting
        from ..state import register_state_part
        from . import checks, widgets  # noqa: F401 - checks register themselves
        from .models import VisitSettings

        cache_site_setting(VisitSettings)

        register_state_part("visits", widgets.visits_state)
        register_state_part("page-views", widgets.page_views_state)
        register_feedback_widget("page_views", widgets.feedback_widget, order=30)
