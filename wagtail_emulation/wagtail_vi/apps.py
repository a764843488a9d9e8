from django.apps import AppConfig


class WagtailVietnameseConfig(AppConfig):
    """No models, no code: a translation catalogue that takes precedence over Wagtail's."""

    name = "wagtail_emulation.wagtail_vi"
    label = "wagtail_emulation_wagtail_vi"
