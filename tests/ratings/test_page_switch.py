"""Our page types take ratings by default; one page can switch them off for itself."""

from django.test import Client

from example_site.portal.demo.ratings import ratable_pages

from .helpers import post_json


def test_a_page_switched_off_shows_no_stars_and_refuses_votes(demo):
    page = ratable_pages(demo.root_page)[0]
    assert 'data-emulation="rating"' in Client().get(page.url).content.decode()

    page.ratings_enabled = False
    page.save_revision().publish()

    html = Client().get(page.url).content.decode()
    assert 'data-emulation="rating"' not in html
    assert "AggregateRating" not in html
    assert post_json(Client(), page, 5).status_code == 403
    assert page not in ratable_pages(demo.root_page)
