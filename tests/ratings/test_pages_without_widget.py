"""Only pages that can show the stars take votes, and the state endpoint answers only for
pages readers can open: not the tree root, not an index page without a rating widget."""

from django.test import Client
from wagtail.models import Page

from example_site.portal.demo.ratings import ratable_pages
from wagtail_emulation.news.models import NewsIndexPage
from wagtail_emulation.ratings.models import Rating

from .helpers import CHROME, post_form, post_json


def reader():
    return Client(HTTP_USER_AGENT=CHROME, REMOTE_ADDR="203.0.113.10")


def test_the_tree_root_has_no_reader_state_and_takes_no_vote(demo):
    root = Page.objects.get(depth=1)
    response = reader().get(f"/emulation/state/{root.pk}/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "page_not_found"
    assert post_json(reader(), root, 5).status_code in (403, 404)
    assert not Rating.objects.filter(page_id=root.pk).exists()


def test_index_pages_without_the_widget_take_no_vote(demo):
    from wagtail_emulation.agency.models import AgencyIntroPage

    home = demo.root_page.specific
    newsroom = NewsIndexPage.objects.live().first()
    agency = AgencyIntroPage.objects.live().first()
    for page in (home, newsroom, agency):
        assert 'data-emulation="rating"' not in reader().get(page.url).content.decode()
        assert post_json(reader(), page, 5).status_code == 403
        assert post_form(reader(), page, {"score": "5"}).status_code == 403
        assert not Rating.objects.filter(page_id=page.pk).exists()
    # The home page still has its reader state: the visit counters in its footer use it.
    assert reader().get(f"/emulation/state/{home.pk}/").status_code == 200


def test_a_page_with_the_widget_still_takes_votes(demo):
    page = ratable_pages(demo.root_page)[0]
    assert 'data-emulation="rating"' in reader().get(page.url).content.decode()
    assert post_json(reader(), page, 5).status_code == 200
    assert reader().get(f"/emulation/state/{page.pk}/").status_code == 200
