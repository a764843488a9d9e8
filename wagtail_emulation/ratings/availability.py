"""Whether readers may rate a page: its type is ticked in the site's settings and the page's
own switch (``RatablePageMixin.ratings_enabled``), if it has one, is on.

The ticked page types are read on every page view, so they are kept in the shared cache and
dropped whenever an editor saves the setting (every process shares that cache, so none keeps
an old list); a page view then costs no query for them.
"""

import logging

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site

from ..page_types import feature_is_on
from ..readers import shared_cache
from .models import RatingSettings

logger = logging.getLogger(__name__)

# A safety net only (saving the setting drops the entry): it also lets a deploy that adds a
# ratable page type reach sites that never saved the setting.
PAGE_TYPES_CACHE_SECONDS = 600


def _cache_key(site_id):
    return f"wagtail_emulation:ratings:page_types:{site_id}"


def rated_page_types(request, page):
    """The page types taking ratings on the request's (or the page's) site, once per request."""
    memo = getattr(request, "_emulation_rated_page_types", None) if request else None
    if memo is not None:
        return memo
    site = Site.find_for_request(request) if request is not None else None
    page_types = _cached_page_types(site or page.get_site())
    if request is not None:
        request._emulation_rated_page_types = page_types
    return page_types


def _cached_page_types(site):
    key = _cache_key(site.pk)
    try:
        page_types = shared_cache().get(key)
    except Exception:  # an unreachable cache must not take the page down
        logger.warning("Star ratings: cache unreachable, reading the site setting.")
        return _read_page_types(site)
    if page_types is None:
        page_types = _read_page_types(site)
        shared_cache().set(key, page_types, PAGE_TYPES_CACHE_SECONDS)
    return page_types


def _read_page_types(site):
    """Never creates the row: ``RatingSettings.for_site`` would insert it on a site's first
    page view, and the read path writes nothing."""
    settings = RatingSettings.objects.filter(site=site).first() or RatingSettings(site=site)
    return list(settings.page_types or ())


def ratings_are_on(request, page):
    if page is None or not page.pk:
        return False
    return feature_is_on(page, rated_page_types(request, page), "ratings_enabled")


@receiver([post_save, post_delete], sender=RatingSettings)
def forget_rated_page_types(sender, instance, **kwargs):
    try:
        shared_cache().delete(_cache_key(instance.site_id))
    except Exception:  # the entry expires by itself (PAGE_TYPES_CACHE_SECONDS)
        logger.warning("Star ratings: cache unreachable, the old page types may show a while.")
