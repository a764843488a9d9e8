from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "wagtail_emulation.comments"
    label = "wagtail_emulation_comments"
    verbose_name = _("Reader comments")
    default_auto_field = "django.db.models.BigAutoField"
