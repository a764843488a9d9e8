"""Reader tools expected on Vietnamese state portals: text size, high contrast, print, share
links and "Đọc bài" (read aloud), behind the ``reader_tools*`` and ``article_tools`` tags.

Everything here renders the same HTML for every reader: preferences live in the reader's
``localStorage`` (never a cookie) and are applied by the browser, and share links are plain
links built on the server, so no third-party script runs on the page.
"""

from urllib.parse import quote

from appconf import AppConf
from django.utils.translation import gettext_lazy as _

from .conf import SettingsReader


class ReaderToolsConf(AppConf):
    # (label, address template) pairs; the template gets {url} and {title}, both
    # percent-encoded. Zalo has no documented share address without its SDK script; the
    # one below is what Vietnamese portals use — drop or replace it if Zalo changes it.
    SHARE_LINKS = [
        ("Facebook", "https://www.facebook.com/sharer/sharer.php?u={url}"),
        ("Zalo", "https://sp.zalo.me/share_inline?url={url}"),
        (_("E-mail"), "mailto:?subject={title}&body={url}"),
    ]

    class Meta:
        prefix = "wagtail_emulation"


app_settings = SettingsReader(ReaderToolsConf)


def page_address(context, page):
    """The absolute address of ``page`` (or of the current path), the same for every reader."""
    request = context.get("request")
    if page is not None and hasattr(page, "get_full_url"):
        address = page.get_full_url(request)
        if address:
            return address
    if request is not None:
        # The path only: a query string would make the HTML differ per reader.
        return request.build_absolute_uri(request.path)
    return ""


def share_links(address, title):
    """``[{"label", "href", "new_window"}]`` for each configured share target."""
    values = {"url": quote(address, safe=""), "title": quote(str(title), safe="")}
    return [
        {
            "label": label,
            "href": template.format(**values),
            "new_window": not template.startswith("mailto:"),
        }
        for label, template in app_settings.SHARE_LINKS
    ]


def article_tools_context(context, page=None, target="main"):
    """Context of ``wagtail_emulation/reader_tools/article_tools.html``."""
    if page is None:
        page = context.get("page")
    address = page_address(context, page)
    title = getattr(page, "seo_title", "") or getattr(page, "title", "")
    return {
        "page": page,
        "address": address,
        "share_links": share_links(address, title) if address else [],
        "read_target": target,
    }
