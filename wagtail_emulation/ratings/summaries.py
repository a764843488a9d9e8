"""Reading a page's figures: through the shared cache for pages, live for everything else.

The page HTML is cached anyway (its figures may be as old as the HTML cache allows) and the
script replaces them with live ones from the state endpoint, so the widget reads the figures
from the shared cache and a page view costs no query for them. A vote drops the entry, again
once its transaction has committed (a reader may have refilled it in between); the entry also
expires by itself.
"""

from ..fragments import forget_fragments
from ..shared_cache import quietly, read_through, shared_cache
from .models import RatingSummary

SUMMARY_CACHE_SECONDS = 120
# The kept renders that show the figures (the widget and the head's JSON-LD, see widget.py).
RENDERS_FRAGMENT = "rating"
FIELDS = ("count", "total", "stars_1", "stars_2", "stars_3", "stars_4", "stars_5")


def _cache_key(page_id):
    return f"wagtail_emulation:ratings:summary:{page_id}"


def live_summary(page_id):
    """The page's summary row, or an unsaved empty one when nobody voted yet."""
    return RatingSummary.objects.filter(page_id=page_id).first() or RatingSummary(page_id=page_id)


def _cached_summary(page_id):
    def figures():
        summary = live_summary(page_id)
        return [getattr(summary, name) for name in FIELDS]

    values = read_through(_cache_key(page_id), figures, SUMMARY_CACHE_SECONDS, "star ratings")
    return RatingSummary(page_id=page_id, **dict(zip(FIELDS, values, strict=True)))


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
    """The page's figures changed: drop them and the kept renders showing them."""
    key = _cache_key(page_id)
    quietly(lambda: shared_cache().delete(key), "star ratings")  # else it expires by itself
    forget_fragments(RENDERS_FRAGMENT, page_id)
