"""The demo builder rates the ratable pages once, and never twice."""

from wagtail.models import Site

from example_site.portal.demo import ratings as demo_ratings
from tests.campaigns.builders import moment, news, news_index
from wagtail_emulation.ratings.models import Rating, RatingSummary


def test_demo_votes_on_ratable_pages_only_once(db):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific  # a page type without the ratings mixin: not rated
    rated_page = news(news_index(home), "Tin có đánh giá", moment(2025, 1, 2))

    demo_ratings.build(home)
    first = RatingSummary.objects.get(page=rated_page)
    votes = Rating.objects.count()
    demo_ratings.build(home)

    assert 6 <= first.count <= 40
    scores = Rating.objects.filter(page=rated_page).values_list("score", flat=True)
    assert first.total == sum(scores)
    assert Rating.objects.count() == votes
    assert RatingSummary.objects.get(page=rated_page).count == first.count
    assert list(RatingSummary.objects.values_list("page_id", flat=True)) == [rated_page.pk]
