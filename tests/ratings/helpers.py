"""Shared helpers of the rating tests."""

from django.urls import reverse

from tests.testapp.models import HostPage
from wagtail_emulation.ratings.models import RatingSettings

CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"
FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"


def turn_ratings_off_for(site, *labels):
    settings = RatingSettings.for_site(site)
    settings.off_page_types = [*settings.off_page_types, *labels]
    settings.save()


def add_page(parent, title, slug, model=HostPage, **fields):
    page = model(title=title, slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def vote_url(page):
    return reverse("wagtail_emulation:ratings:vote", args=[page.pk])


def post_json(client, page, score, **headers):
    """The widget's script posting from the page: the browser says the fetch is same-origin
    (``Sec-Fetch-Site``), as every current browser does."""
    headers = {"HTTP_SEC_FETCH_SITE": "same-origin", **headers}
    return client.post(
        vote_url(page),
        {"score": score},
        content_type="application/json",
        HTTP_ACCEPT="application/json",
        **headers,
    )


def post_form(client, page, data, **headers):
    return client.post(vote_url(page), data, HTTP_SEC_FETCH_SITE="same-origin", **headers)
