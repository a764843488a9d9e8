"""Absolute addresses, from one place: the Site of the request.

Canonical links, feeds, sitemaps, Open Graph tags and JSON-LD must name the same host. Pages
take theirs from their Site record (``Page.get_full_url``); Wagtail's image renditions and
documents take ``WAGTAILADMIN_BASE_URL`` instead (``Rendition.full_url``), the admin's address,
which in production is often an internal one (127.0.0.1:8000). Everything a reader, a crawler
or a link preview follows is made absolute here, on the Site serving the request (or, without
a request, the Site of the page shown).
"""

from wagtail.models import Site


def serving_site(request=None, page=None):
    """The Site of ``request``, else the Site of ``page``, else ``None``."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None and page is not None:
        site = page.get_site()
    return site


def absolute_url(url, request=None, page=None, site=None):
    """``url`` (a path such as a rendition's ``/media/…``) on the root URL of ``site`` or of
    the serving Site; an address that already names its host (a file on a CDN) is returned
    unchanged."""
    if not url or not url.startswith("/") or url.startswith("//"):
        return url
    site = site or serving_site(request, page)
    return site.root_url + url if site is not None else url
