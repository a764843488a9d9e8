from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "wagtail_emulation.campaigns"
    label = "wagtail_emulation_campaigns"
    verbose_name = _("Emulation campaigns")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from .content import prepare_published_renditions

        # Renditions are made on publish, so rendering a page never writes to the database.
        page_published.connect(prepare_published_renditions, dispatch_uid="emulation_renditions")
