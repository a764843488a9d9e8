from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "example_site.portal"
    label = "portal"
    verbose_name = "Cổng thông tin (demo)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from . import html_cache

        if html_cache.is_enabled():
            page_published.connect(html_cache.purge_on_publish, dispatch_uid="portal-html-cache")
            page_unpublished.connect(
                html_cache.purge_on_publish, dispatch_uid="portal-html-cache-u"
            )
