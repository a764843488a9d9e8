from django.templatetags.static import static
from django.utils.html import format_html, json_script
from wagtail import hooks
from wagtail.coreutils import get_js_regex

from .conf import emulation_settings
from .locale_vi import slug_formatters


@hooks.register("insert_global_admin_js")
def vietnamese_slug_js():
    """Make the admin's slug fields transliterate Vietnamese as the server does."""
    if not emulation_settings.ASCII_SLUGS:
        return ""
    formatters = [
        [get_js_regex(pattern), replacement] for pattern, replacement in slug_formatters()
    ]
    return json_script(formatters, "wagtail-emulation-slug-formatters") + format_html(
        '<script src="{}" defer></script>', static("wagtail_emulation/admin/vietnamese-slugs.js")
    )
