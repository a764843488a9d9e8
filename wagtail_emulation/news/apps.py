from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "wagtail_emulation.news"
    label = "wagtail_emulation_news"
    verbose_name = _("News")
    default_auto_field = "django.db.models.BigAutoField"
