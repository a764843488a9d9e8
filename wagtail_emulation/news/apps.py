from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "wagtail_emulation.news"
    label = "wagtail_emulation_news"
    verbose_name = _("News")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page, PageViewRestriction
        from wagtail.signals import page_published, page_unpublished

        from .template_library import forget_related_news

        # Whatever can change which articles are related drops every cached box.
        for signal, sender in [
            (page_published, None),
            (page_unpublished, None),
            (post_delete, Page),
            (post_save, PageViewRestriction),
            (post_delete, PageViewRestriction),
        ]:
            signal.connect(
                forget_related_news, sender=sender, weak=False,
                dispatch_uid=f"emu-related:{id(signal)}:{sender}",
            )  # fmt: skip
