"""Reading a page's figures: through the shared cache for pages, live for everything else.

The page HTML is cached anyway (its figures may be as old as the HTML cache allows) and the
script replaces them with live ones from the state endpoint, so the widget reads the figures
from the shared cache and a page view costs no query for them. A vote drops the entry, again
once its transaction has committed (a reader may have refilled it in between); the entry also
expires by itself.
"""

import logging
from contextlib import suppress

from ..readers import shared_cache
from .models import RatingSummary

logger = logging.getLogger(__name__)

SUMMARY_CACHE_SECONDS = 120
FIELDS = ("count", "total", "stars_1", "stars_2", "stars_3", "stars_4", "stars_5")


def _cache_key(page_id):
    return f"wagtail_emulation:ratings:summary:{page_id}"


def live_summary(page_id):
    """The page's summary row, or an unsaved empty one when nobody voted yet."""
    return RatingSummary.objects.filter(page_id=page_id).first() or RatingSummary(page_id=page_id)


def _cached_summary(page_id):
    key = _cache_key(page_id)
    try:
        values = shared_cache().get(key)
    except Exception:  # an unreachable cache must not take the page down
        logger.warning("Star ratings: cache unreachable, reading the figures from the database.")
        return live_summary(page_id)
    if values is not None:
        return RatingSummary(page_id=page_id, **dict(zip(FIELDS, values, strict=True)))
    summary = live_summary(page_id)
    shared_cache().set(key, [getattr(summary, name) for name in FIELDS], SUMMARY_CACHE_SECONDS)
    return summary


def page_summary(page, request=None):
    """The figures the widget and the head's JSON-LD show, read once per request."""
    memo = getattr(request, "_emulation_rating_summaries", None) if request else None
    if memo is not None and page.pk in memo:
        return memo[page.pk]
    summary = _cached_summary(page.pk)
    if request is not None:
        if memo is None:
            memo = request._emulation_rating_summaries = {}
        memo[page.pk] = summary
    return summary


def forget_summary(page_id):
    with suppress(Exception):  # unreachable: the entry expires by itself
        shared_cache().delete(_cache_key(page_id))
