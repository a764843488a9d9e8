from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "example_site.portal"
    label = "portal"
    verbose_name = "Cổng thông tin (demo)"
    default_auto_field = "django.db.models.BigAutoField"
