"""Our page types take ratings by default; one page can switch them off for itself, in the
page editor that shows its figures."""

from django.test import Client
from django.urls import reverse

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


def test_page_editor_of_a_ratable_page_type_shows_the_figures(demo, editor):
    page = ratable_pages(demo.root_page)[0]
    count = page.emulation_rating_summary.count

    response = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "data-emulation-rating-summary" in html
    assert f"{count} lượt đánh giá" in html
    assert 'name="ratings_enabled"' in html
