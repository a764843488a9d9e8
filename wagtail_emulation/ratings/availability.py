"""Whether readers may rate a page: its type is not ticked off in the site's settings and the
page's own switch (``RatablePageMixin.ratings_enabled``), if it has one, is on.

The ticked page types are read on every page view, so they are kept in the shared cache and
dropped whenever an editor saves the setting (every process shares that cache, so none keeps
an old list); a page view then costs no query for them.
"""

from ..feedback.switches import feature_is_on
from ..site_settings import read_site_setting
from .models import RatingSettings


def unrated_page_types(request, page):
    """The page types ratings are off for on the request's (or the page's) site."""
    site = None if request is not None else page.get_site()
    setting = read_site_setting(RatingSettings, request=request, site=site)
    return list(setting.off_page_types or ())


def ratings_are_on(request, page):
    if page is None or not page.pk:
        return False
    return feature_is_on(page, unrated_page_types(request, page), "ratings_enabled")
