"""What a response tells search engines and link previews about the page it shows.

A Wagtail page is not always what a response shows: a news index also answers its tag archives,
its filtered lists and its later pages, and the decisions register shows one decision per
address. :class:`ShownPage` is what one response shows (title, canonical address, description);
``{% page_meta %}`` turns it into ``<meta name="description">`` and ``<link rel="canonical">``,
and the Open Graph tags and JSON-LD of the shared head templates read it too, so a tag archive
never describes itself as the news index.

:func:`agency_organization` is the department behind the portal, from the portal settings, as
the ``publisher`` (and default ``author``) of every article in the structured data.
"""

import re
from dataclasses import dataclass
from textwrap import shorten
from urllib.parse import urlencode

from django.utils.html import strip_tags
from wagtail.models import Site

from ..absolute_urls import absolute_url
from ..site_settings import read_portal_settings

#: The text fields a page type of the host may describe itself with, in this order.
HOST_TEXT_FIELDS = ("intro", "body")
#: Longest description (meta, Open Graph, JSON-LD); search engines show about half of it.
DESCRIPTION_LENGTH = 300


def plain_text(html):
    """Text of rich text HTML, paragraphs kept apart by a space."""
    return " ".join(strip_tags(re.sub(r"(?i)</p>|<br\s*/?>|</li>", " ", html or "")).split())


def page_description(*texts, limit=DESCRIPTION_LENGTH):
    """The first of ``texts`` (plain text or rich text HTML) that has words, as plain text cut
    at a word boundary with "…" when it is longer than ``limit``; "" when none has."""
    for text in texts:
        words = plain_text(str(text)) if text else ""
        if words:
            return shorten(words, limit, placeholder="…")
    return ""


@dataclass(frozen=True)
class ShownPage:
    """What one response shows. ``url`` is its canonical address (absolute)."""

    title: str
    url: str
    description: str = ""
    #: The schema.org type of a record an index page shows at an address of its own.
    schema_type: str = ""


def shown_page(page, request=None):
    """The :class:`ShownPage` of ``page`` shown at its own address: the page's own
    ``shown_page(request)`` when it has one, else its promote-tab title and description, or
    the start of its ``intro`` or ``body`` text field when it has one (a site map, a home
    page, a host's standard page)."""
    if hasattr(page, "shown_page"):
        return page.shown_page(request)
    texts = [getattr(page, name, "") for name in HOST_TEXT_FIELDS]
    return ShownPage(
        title=page.seo_title or page.title,
        url=page.get_full_url(request) or "",
        # Text fields only: rendering a StreamField here could cost queries or renditions.
        description=page_description(
            page.search_description, *(text for text in texts if isinstance(text, str))
        ),
    )


def listing_url(base_url, query=(), page_number=1):
    """The canonical address of one page of a list: ``base_url``, then the filters it keeps
    (``[(name, value)]`` in a fixed order) and the page number after the first page."""
    params = [*query, *([("page", str(page_number))] if page_number > 1 else [])]
    return base_url + (f"?{urlencode(params)}" if params else "")


def agency_organization(page=None, request=None, site=None):
    """schema.org ``GovernmentOrganization`` of the portal's agency (portal settings), or
    ``None`` when neither the settings nor the site name it."""
    if site is None and request is not None:
        site = Site.find_for_request(request)  # kept on the request: no query after the first
    if site is None and page is not None:
        site = page.get_site()
    if site is None:
        return None
    # The one reader of these settings: it fetches the logo with the row, shared with the tags.
    agency = read_portal_settings(request, site=site)
    name = agency.agency_name or site.site_name
    if not name:
        return None
    organization = {
        "@type": "GovernmentOrganization",
        "name": name,
        "url": absolute_url("/", site=site),
    }
    if agency.parent_agency:
        organization["parentOrganization"] = {
            "@type": "GovernmentOrganization",
            "name": agency.parent_agency,
        }
    for schema_name, value in (
        ("address", agency.address),
        ("telephone", agency.phone),
        ("email", agency.email),
    ):
        if value:
            organization[schema_name] = value
    if agency.logo_id and agency.logo:
        organization["logo"] = _image_object(agency.logo, site)
    return organization


def _image_object(image, site):
    # The original file: a rendition would be created (a write) on the first page view.
    url = image.file.url
    return {
        "@type": "ImageObject",
        "url": absolute_url(url, site=site),
        "width": image.width,
        "height": image.height,
    }
