from django.apps import AppConfig


class WagtailVietnameseConfig(AppConfig):
    """No models: catalogues that take precedence over Wagtail's, the hook that loads the
    JavaScript one in the admin, and the listing headers and model names Wagtail leaves
    untranslatable."""

    name = "wagtail_emulation.wagtail_vi"
    label = "wagtail_emulation_wagtail_vi"

    def ready(self):
        from .columns import label_wagtail_listings
        from .model_names import name_wagtail_models

        label_wagtail_listings()
        name_wagtail_models()
