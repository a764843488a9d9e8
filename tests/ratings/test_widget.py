"""The widget and the rating in the page's JSON-LD: same HTML for every reader, a fixed number
of queries."""

import json
import re

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from .helpers import CHROME, FIREFOX, post_json

WIDGET = Template("{% load wagtail_emulation %}{% rating_widget page %}")
HEAD = Template("{% load wagtail_emulation %}{% structured_data page %}")
BOTH = Template("{% load wagtail_emulation %}{% structured_data page %}{% rating_widget page %}")
FEEDBACK = Template(
    "{% load wagtail_emulation %}{% reader_feedback_head page %}{% reader_feedback page %}"
)


def page_request(page, **headers):
    """A request as the page's template has it when the widget renders: the site and the
    page's URL already looked up by the base template."""
    request = RequestFactory().get(page.url, **headers)
    Site.find_for_request(request)
    page.get_url(request)
    return request


def render(template, page, **headers):
    return template.render(Context({"page": page, "request": page_request(page, **headers)}))


def page_node(html):
    """The page's own node in the one JSON-LD document of ``html``, as a crawler reads it."""
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    assert len(scripts) == 1
    return json.loads(scripts[0])["@graph"][0]


@pytest.fixture
def three_votes(rated_page, browser_client):
    for user_agent, score in [(CHROME, 4), (FIREFOX, 4), ("Edge", 5)]:
        post_json(browser_client(user_agent=user_agent), rated_page, score)
    return rated_page


def test_accessible_radio_group_with_figures(three_votes):
    page = three_votes
    html = render(WIDGET, page)

    root = re.search(r'<div class="emulation-rating"[^>]*>', html).group(0)
    assert 'data-emulation="rating"' in root
    assert f'data-page-id="{page.pk}"' in root
    assert 'data-count="3"' in root
    assert 'data-average="4.33"' in root
    assert f'data-state-url="/emulation/state/{page.pk}/"' in root
    assert "<legend" in html and ">Đánh giá</legend>" in html
    for score in range(1, 6):
        field_id = f"emulation-rating-{page.pk}-{score}"
        assert f'type="radio" name="score" value="{score}" id="{field_id}"' in html
        assert re.search(rf'<label [^>]*for="{field_id}">.*?{score} sao</span></label>', html)
    assert "lượt đánh giá: 3, trung bình: 4,3" in html
    assert f'action="/emulation/ratings/{page.pk}/"' in html
    assert ">Gửi đánh giá</button>" in html


def test_large_counts_are_grouped_the_vietnamese_way(rated_page):
    from wagtail_emulation.ratings.models import RatingSummary

    RatingSummary.objects.create(page=rated_page, count=2194296, total=2194296 * 4, stars_4=2194296)

    assert "lượt đánh giá: 2.194.296, trung bình: 4,0" in render(WIDGET, rated_page)


def test_no_votes_yet(rated_page):
    html = render(WIDGET, rated_page)

    assert 'data-count="0"' in html and 'data-average="0.00"' in html
    assert "Chưa có lượt đánh giá nào." in html
    assert "aggregateRating" not in page_node(render(HEAD, rated_page))


def test_html_is_the_same_for_every_reader(three_votes, browser_client):
    page = three_votes
    voter = browser_client(user_agent="Safari")
    post_json(voter, page, 1)
    voter_cookie = voter.cookies["emulation_rater"].value

    request = page_request(page, HTTP_COOKIE=f"emulation_rater={voter_cookie}")
    with CaptureQueriesContext(connection) as queries:
        as_voter = BOTH.render(Context({"page": page, "request": request}))
    as_stranger = render(BOTH, page, HTTP_USER_AGENT=FIREFOX, REMOTE_ADDR="192.0.2.50")

    assert as_voter == as_stranger
    assert "csrf" not in as_voter.lower()
    assert all(query["sql"].lstrip().upper().startswith("SELECT") for query in queries)


def test_fixed_number_of_queries_whatever_the_votes(rated_page, browser_client):
    def queries_to_render():
        request = page_request(rated_page)
        with CaptureQueriesContext(connection) as queries:
            BOTH.render(Context({"page": rated_page, "request": request}))
        return len(queries)

    cold = queries_to_render()
    warm = queries_to_render()
    for number in range(12):
        post_json(browser_client(user_agent=f"Browser {number}"), rated_page, number % 5 + 1)
    after_votes = queries_to_render()
    warm_again = queries_to_render()

    # The site's rated page types and the page's figures (the head reuses the widget's) come
    # from the shared cache once a view has read them; a vote drops the figures' entry.
    assert (cold, warm, after_votes, warm_again) == (2, 0, 1, 0)


def test_figures_follow_the_votes(rated_page, browser_client):
    assert 'data-count="0"' in render(WIDGET, rated_page)  # now cached

    post_json(browser_client(), rated_page, 5)

    assert 'data-count="1"' in render(WIDGET, rated_page)


def test_saving_the_setting_takes_effect_at_once(rated_page, site):
    from wagtail_emulation.ratings.models import RatingSettings

    assert render(WIDGET, rated_page)  # the ticked types are now cached
    settings = RatingSettings.for_site(site)
    settings.off_page_types = ["testapp.hostpage"]
    settings.save()

    assert render(WIDGET, rated_page) == ""


def test_first_view_of_a_site_writes_no_setting_row(rated_page, site):
    from wagtail_emulation.ratings.models import RatingSettings

    RatingSettings.objects.all().delete()
    request = page_request(rated_page)
    with CaptureQueriesContext(connection) as queries:
        BOTH.render(Context({"page": rated_page, "request": request}))

    assert all(query["sql"].lstrip().upper().startswith("SELECT") for query in queries)
    assert not RatingSettings.objects.exists()


def test_off_for_page_types_ticked_off_and_pages_switched_off(rated_page, site):
    from wagtail_emulation.ratings.models import RatingSettings

    rated_page.ratings_enabled = False  # what RatablePageMixin's per-page switch sets
    assert render(WIDGET, rated_page) == ""

    rated_page.ratings_enabled = True
    settings = RatingSettings.for_site(site)
    settings.off_page_types = ["testapp.hostpage"]
    settings.save()
    assert render(WIDGET, rated_page) == ""


def test_reader_feedback_tags_include_the_stars_but_no_second_json_ld(three_votes):
    html = render(FEEDBACK, three_votes)

    assert html.count('data-emulation="rating"') == 1
    assert "application/ld+json" not in html  # the rating is in the page's own document


def test_the_rating_is_the_pages_own_aggregate_rating(three_votes):
    node = page_node(render(HEAD, three_votes))

    # A host page type without structured data of its own is a WebPage.
    assert (node["@type"], node["name"]) == ("WebPage", "Giới thiệu về Sở")
    rating = node["aggregateRating"]
    assert rating["@type"] == "AggregateRating"
    assert rating["ratingValue"] == "4.33"
    assert rating["ratingCount"] == 3
    assert (rating["bestRating"], rating["worstRating"]) == (5, 1)
    assert "itemReviewed" not in rating  # it rates the node it belongs to


def test_the_rating_in_the_json_ld_follows_the_votes(three_votes, browser_client):
    assert page_node(render(HEAD, three_votes))["aggregateRating"]["ratingCount"] == 3  # kept

    post_json(browser_client(user_agent="Opera"), three_votes, 1)

    assert page_node(render(HEAD, three_votes))["aggregateRating"]["ratingCount"] == 4


def test_json_ld_cannot_be_broken_out_of(rated_page, browser_client):
    rated_page.title = "</script><script>alert(1)</script>"
    rated_page.save_revision().publish()
    post_json(browser_client(), rated_page, 5)

    html = render(HEAD, rated_page)

    assert html.count("</script>") == 1
    assert "\\u003C/script\\u003E" in html


def test_an_explicit_tag_shows_the_stars_on_any_page_type_until_its_type_is_ticked_off(
    rated_page, site
):
    from wagtail_emulation.ratings.models import RatingSettings

    # HostPage is the host's own type, with no ratings mixin and nothing ticked anywhere.
    assert RatingSettings.for_site(site).off_page_types == []
    assert 'data-emulation="rating"' in render(WIDGET, rated_page)
