from django.apps import AppConfig


class WagtailVietnameseConfig(AppConfig):
    """No models: catalogues that take precedence over Wagtail's, and the hook that loads the
    JavaScript one in the admin."""

    name = "wagtail_emulation.wagtail_vi"
    label = "wagtail_emulation_wagtail_vi"
