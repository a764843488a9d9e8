from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _

FORMAT_MODULE = "wagtail_emulation.formats"


def register_vietnamese_formats():
    """Complete Django's ``vi`` formats (number grouping, day-first input, Monday first).

    The host's own FORMAT_MODULE_PATH entries come first, so a site can still override ours.
    """
    current = settings.FORMAT_MODULE_PATH
    if current is None:
        settings.FORMAT_MODULE_PATH = [FORMAT_MODULE]
    else:
        paths = [current] if isinstance(current, str) else list(current)
        if FORMAT_MODULE not in paths:
            settings.FORMAT_MODULE_PATH = [*paths, FORMAT_MODULE]


def load_settings_defaults():
    """Import every installed app's settings class (an AppConf) now.

    An AppConf writes its defaults into ``settings`` when its module is first imported; a
    first import under ``override_settings`` (a test's live server) would write them into the
    override, and they would vanish with it.
    """
    from importlib import import_module
    from importlib.util import find_spec

    from django.apps import apps

    for config in apps.get_app_configs():
        in_package = config.name.split(".")[0] == "wagtail_emulation"
        if in_package and find_spec(f"{config.name}.conf") is not None:
            import_module(f"{config.name}.conf")
    # The core's other settings classes, beside the features they configure.
    import_module("wagtail_emulation.reader_tools")
    import_module("wagtail_emulation.admin_dates")


class WagtailEmulationConfig(AppConfig):
    name = "wagtail_emulation"
    label = "wagtail_emulation"
    verbose_name = _("Emulation portal")
    default_auto_field = "django.db.models.BigAutoField"
    #: Apps this one needs beside it in INSTALLED_APPS (a system check names any missing).
    companion_apps = ("wagtail.contrib.settings", "modelcluster")

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail.signals import page_published

        from . import checks  # noqa: F401 - checks register themselves
        from .admin_dates import keep_typed_dates, localize_admin_date_widgets
        from .admin_slugs import transliterate_admin_slugs
        from .content.images import prepare_logo_rendition, prepare_published_renditions
        from .content.kept_filters import forget_kept_filter_forms_on_changes
        from .models import EmulationSettings, WebsiteLink
        from .page_fragments import forget_page_fragments_on_changes
        from .province import connect as connect_province
        from .site_settings import cache_site_setting

        register_vietnamese_formats()
        load_settings_defaults()
        localize_admin_date_widgets()
        keep_typed_dates()
        transliterate_admin_slugs()
        # The header's logo rendition, made before the settings' cached copy is dropped.
        post_save.connect(
            prepare_logo_rendition, sender=EmulationSettings, dispatch_uid="emulation_logo"
        )
        cache_site_setting(EmulationSettings, WebsiteLink)
        connect_province()
        forget_page_fragments_on_changes()
        forget_kept_filter_forms_on_changes()
        # Renditions are made on publish, so rendering a page never writes to the database.
        page_published.connect(prepare_published_renditions, dispatch_uid="emulation_renditions")
