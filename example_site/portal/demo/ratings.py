"""Demo star ratings on whatever ratable pages the portal has, so the figures show at once.

Other builders create the content pages; this one rates the live pages of the types that show
the stars, where ratings are on (as the site setting and each page's switch say), and leaves
any page that already has votes alone, so running it twice, or after more pages appear, adds
only what is missing.
"""

import random

from wagtail.models import Page

from wagtail_emulation.client import keyed_hash
from wagtail_emulation.feedback.mixins import RatablePageMixin
from wagtail_emulation.feedback.switches import feature_is_on
from wagtail_emulation.ratings.identity import Rater
from wagtail_emulation.ratings.models import RatingSettings, RatingSummary
from wagtail_emulation.ratings.votes import cast_vote

# How demo readers lean: mostly 4 and 5 stars, a few low scores.
SCORE_WEIGHTS = {1: 1, 2: 1, 3: 3, 4: 8, 5: 7}


def ratable_pages(home):
    """Live pages of the types that carry the stars (the ratings mixin) where they are on."""
    site = home.get_site()
    settings = RatingSettings.objects.filter(site=site).first() or RatingSettings(site=site)
    pages = Page.objects.descendant_of(home, inclusive=True).live().specific()
    return [
        page
        for page in pages
        if isinstance(page, RatablePageMixin)
        and feature_is_on(page, settings.off_page_types, "ratings_enabled")
    ]


def demo_reader(page, number):
    key = keyed_hash("demo-reader", page.pk, number, purpose="ratings-demo")
    return Rater(browser_key=key, network_key=key)


def build(home):
    already_rated = set(RatingSummary.objects.filter(count__gt=0).values_list("page_id", flat=True))
    for page in ratable_pages(home):
        if page.pk in already_rated:
            continue
        chooser = random.Random(page.slug)  # noqa: S311 - repeatable demo figures
        scores, weights = zip(*SCORE_WEIGHTS.items(), strict=True)
        for number in range(chooser.randint(6, 40)):
            cast_vote(page, demo_reader(page, number), chooser.choices(scores, weights)[0])
