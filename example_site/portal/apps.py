from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "example_site.portal"
    label = "portal"
    verbose_name = "Cổng thông tin (demo)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import purging

        # Connected whatever the settings (each purge checks which caches are on): tests turn
        # the HTML cache on after start-up, and a page made private must leave every cache.
        purging.connect()
