from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "wagtail_emulation.comments"
    label = "wagtail_emulation_comments"
    verbose_name = _("Reader comments")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from ..feedback import register_feedback_widget
        from . import site_settings
        from .widget import render_comments_block

        site_settings.connect()
        register_feedback_widget("comments", render_comments_block, order=20)
