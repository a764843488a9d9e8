"""Rendering of the public widgets; shared by the template tags and the feedback registry.

Everything rendered is the same for every reader (figures are a shared snapshot), so pages
stay cacheable; live figures come from the state endpoint. A widget never raises: when the
figures cannot be read it logs and renders nothing.
"""

import logging

import swapper
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from wagtail.models import Site

from ..fragments import ALL, cached_fragment
from ..site_settings import read_site_setting
from .conf import app_settings
from .figures import most_viewed, page_view_count, site_figures, snapshot
from .models import VisitSettings
from .visitors import beacon_signature

logger = logging.getLogger(__name__)

#: The fragment name of the kept "most viewed" lists.
MOST_VIEWED = "visits_most_viewed"


def _site(request):
    return Site.find_for_request(request) if request is not None else None


def _snapshot_or_none(key, compute, what, request):
    """``snapshot(key, compute, request)``, or ``None`` (logged) when the figures cannot be read."""
    try:
        return snapshot(key, compute, request)
    except Exception:
        logger.exception("Visit statistics: %s could not be read.", what)
        return None


def render_tracker(request, page):
    """The beacon element (script + ``<noscript>`` pixel); nothing in previews."""
    if request is None or page is None or not getattr(page, "pk", None):
        return ""
    if getattr(request, "is_preview", False):
        return ""
    site = _site(request)
    if site is None:
        return ""
    url = reverse(
        "wagtail_emulation:visits:beacon",
        args=(site.pk, page.pk, beacon_signature(site.pk, page.pk)),
    )
    return render_to_string("wagtail_emulation/visits/tracker.html", {"url": url, "page": page})


def render_counters(request, page=None):
    site = _site(request)
    if site is None:
        return ""
    page_id = getattr(page, "pk", None)

    def render():
        figures = site_figures(site)
        return render_to_string(
            "wagtail_emulation/visits/counters.html", {"figures": figures, "page_id": page_id}
        )

    # The rendered box is the snapshot: figures and markup are read together.
    key = f"counters:{site.pk}:{page_id}:{get_language()}"
    return _snapshot_or_none(key, render, "the counters", request) or ""


def page_views_or_none(request, site, page):
    """Views of ``page``, or ``None`` when the site hides them."""
    if not read_site_setting(VisitSettings, request=request, site=site).show_page_views:
        return None
    return page_view_count(page, site.pk)


def render_page_views(request, page):
    site = _site(request)
    if site is None or page is None or not getattr(page, "pk", None):
        return ""

    def render():
        views = page_views_or_none(request, site, page)
        if views is None:
            return ""
        return render_to_string(
            "wagtail_emulation/visits/page_views.html", {"views": views, "page_id": page.pk}
        )

    key = f"page-views:{site.pk}:{page.pk}:{get_language()}"
    return _snapshot_or_none(key, render, "the page views", request) or ""


def _most_viewed_items(request, site, days, limit):
    Page = swapper.load_model("wagtailcore", "Page")
    # Ask for a few more than shown: some of the most viewed may be unpublished or private.
    ranking = most_viewed(site, days=days, limit=limit * 2)
    pages = Page.objects.live().public().in_bulk([page_id for page_id, _views in ranking])
    items = []
    for page_id, views in ranking:
        page = pages.get(page_id)
        if page is not None and len(items) < limit:
            items.append({"title": page.title, "url": page.get_url(request), "views": views})
    return items


def render_most_viewed(request, days, limit):
    site = _site(request)
    if site is None:
        return ""
    try:
        # A snapshot like the other figures, also dropped whenever content changes: a page
        # unpublished or made private leaves the list at once.
        items = cached_fragment(
            MOST_VIEWED,
            ALL,
            f"{site.pk}:{days}:{limit}",
            lambda: _most_viewed_items(request, site, days, limit),
            timeout=int(app_settings.VISITS_SNAPSHOT_SECONDS),
            request=request,
        )
    except Exception:
        logger.exception("Visit statistics: the most viewed pages could not be read.")
        return ""
    return render_to_string(
        "wagtail_emulation/visits/most_viewed.html", {"items": items, "days": days}
    )


def feedback_widget(context, page):
    """``{% reader_feedback page %}`` entry: "Lượt xem: N" under the page."""
    return render_page_views(context.get("request"), page)


def page_views_state(request, page):
    """State part ``page-views``: ``{"views": N}`` (``None`` when the site hides them)."""
    site = _site(request)
    if site is None:
        return None
    try:
        views = page_views_or_none(request, site, page)
    except Exception:
        logger.exception("Visit statistics: the page views could not be read.")
        return None
    return None if views is None else {"views": views}


def visits_state(request, page):
    """State part ``visits``: the live figures of the reader's site."""
    site = _site(request)
    if site is None:
        return None
    try:
        return site_figures(site).as_dict()
    except Exception:
        logger.exception("Visit statistics: the counters could not be read.")
        return None
