from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "wagtail_emulation.comments"
    label = "wagtail_emulation_comments"
    verbose_name = _("Reader comments")
    default_auto_field = "django.db.models.BigAutoField"
    #: Apps this one needs beside it in INSTALLED_APPS (a system check names any missing).
    companion_apps = ("captcha", "django_tasks")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished

        from . import site_settings
        from .models import CommentSettings
        from .signals import comment_list_changed
        from .widgets import forget_all_comment_blocks, forget_comment_blocks

        site_settings.connect()
        comment_list_changed.connect(forget_comment_blocks, dispatch_uid="emu-comment-blocks")
        for signal in (post_save, post_delete):
            signal.connect(
                forget_all_comment_blocks,
                sender=CommentSettings,
                dispatch_uid=f"emu-comment-blocks-settings:{id(signal)}",
            )
        for signal in (page_published, page_unpublished):
            signal.connect(forget_comment_blocks, dispatch_uid=f"emu-comment-blocks:{id(signal)}")
