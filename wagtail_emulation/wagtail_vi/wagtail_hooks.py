from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.admin.staticfiles import versioned_static

from .catalogue import STATIC_PATH


@hooks.register("insert_global_admin_js")
def vietnamese_javascript_catalogue():
    """Our djangojs catalogue, merged after Wagtail's into ``django.catalog``.

    Wagtail's ``jsi18n`` view reads ``wagtail.admin``'s locale only. The admin renders in the
    editor's own language, so an editor who chose English gets no Vietnamese script.
    """
    if (get_language() or "").split("-")[0] != "vi":
        return ""
    return format_html('<script src="{}"></script>', versioned_static(STATIC_PATH))
