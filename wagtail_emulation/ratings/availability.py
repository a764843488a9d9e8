"""Whether readers may rate a page: its type is ticked in the site's settings and the page's
own switch (``RatablePageMixin.ratings_enabled``), if it has one, is on."""

from wagtail.models import Site

from ..page_types import feature_is_on
from .models import RatingSettings


def rating_settings(request, page):
    """The site's setting, read once per request and never created on the read path.

    ``RatingSettings.for_request`` would insert the row on a site's first page view; an
    unsaved instance carries the same defaults without writing.
    """
    memo = getattr(request, "_emulation_rating_settings", None) if request else None
    if memo is not None:
        return memo
    site = Site.find_for_request(request) if request is not None else None
    site = site or page.get_site()
    settings = RatingSettings.objects.filter(site=site).first() or RatingSettings(site=site)
    if request is not None:
        request._emulation_rating_settings = settings
    return settings


def ratings_are_on(request, page):
    if page is None or not page.pk:
        return False
    return feature_is_on(page, rating_settings(request, page).page_types, "ratings_enabled")
