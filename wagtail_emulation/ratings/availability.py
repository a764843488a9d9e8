"""Whether readers may rate a page: its type is ticked in the site's settings and the page's
own switch (``RatablePageMixin.ratings_enabled``), if it has one, is on."""

from ..page_types import feature_is_on
from .models import RatingSettings


def rating_settings(request, page):
    if request is not None:
        return RatingSettings.for_request(request)  # remembered on the request
    return RatingSettings.for_site(page.get_site())


def ratings_are_on(request, page):
    if page is None or not page.pk:
        return False
    return feature_is_on(page, rating_settings(request, page).page_types, "ratings_enabled")
