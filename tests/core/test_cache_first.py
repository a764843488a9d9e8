"""The cache-first contract, for a page that carries every widget of the package.

Its HTML must be byte-identical for any two anonymous readers, set no cookie, add no
``Vary: Cookie``, carry no CSRF token or captcha key, and rendering it must write nothing.
"""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail_emulation.comments.models import ReaderComment
from wagtail_emulation.news.models import NewsPage

WRITES = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


@pytest.fixture
def article(demo):
    """A demo news page with approved comments, votes and related news."""
    page = (
        NewsPage.objects.live()
        .filter(reader_comments__status=ReaderComment.Status.APPROVED)
        .first()
    )
    assert page is not None, "the demo has a news page with approved comments"
    return page


def _reader(ip, agent, **cookies):
    client = Client(REMOTE_ADDR=ip, HTTP_USER_AGENT=agent)
    for name, value in cookies.items():
        client.cookies[name] = value
    return client


def test_every_widget_is_on_the_page(article):
    html = Client().get(article.url).content.decode()
    for widget in ("rating", "comments", "related", "tracker"):
        assert f'data-emulation="{widget}"' in html, widget


def test_html_is_identical_for_any_two_anonymous_readers(article):
    first = _reader("203.0.113.5", "Mozilla/5.0 Firefox/133.0").get(article.url)
    # A reader who has voted elsewhere and fetched the state endpoint carries our cookies.
    other = NewsPage.objects.live().exclude(pk=article.pk).first()
    returning = _reader("198.51.100.7", "Mozilla/5.0 Chrome/131.0")
    returning.get(f"/emulation/state/{other.pk}/")
    returning.post(
        f"/emulation/ratings/{other.pk}/",
        {"score": "4"},
        HTTP_ACCEPT="application/json",
        HTTP_X_CSRFTOKEN=returning.cookies["csrftoken"].value,
        HTTP_ORIGIN="http://testserver",
    )
    assert len(returning.cookies) >= 2  # csrftoken and the rating cookie
    second = returning.get(article.url)
    assert first.status_code == second.status_code == 200
    assert first.content == second.content


def test_no_cookie_no_vary_cookie_no_token(article):
    response = _reader("203.0.113.5", "Mozilla/5.0 Firefox/133.0").get(article.url)
    html = response.content.decode()
    assert not response.cookies
    assert "cookie" not in response.get("Vary", "").lower()
    assert "csrfmiddlewaretoken" not in html
    assert "captcha_0" not in html and "hashkey" not in html.lower()


def test_rendering_writes_nothing(article):
    client = _reader("203.0.113.5", "Mozilla/5.0 Firefox/133.0")
    with CaptureQueriesContext(connection) as context:
        assert client.get(article.url).status_code == 200
    writes = [query["sql"] for query in context.captured_queries if WRITES.match(query["sql"])]
    assert writes == []


def test_a_site_serving_english_keeps_one_copy_per_address(article, english_demo):
    """With English on, the page carries the language switcher, and still no reader's
    Accept-Language or language cookie changes a byte, adds a Vary header or writes."""
    first = _reader("203.0.113.5", "Mozilla/5.0 Firefox/133.0").get(
        article.url, HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9"
    )
    english_reader = _reader("198.51.100.7", "Mozilla/5.0 Chrome/131.0", django_language="en")
    with CaptureQueriesContext(connection) as context:
        second = english_reader.get(article.url, HTTP_ACCEPT_LANGUAGE="vi")
    assert first.content == second.content
    assert 'data-emulation="languages"' in first.content.decode()
    assert not first.has_header("Vary") and not second.has_header("Vary")
    assert [q["sql"] for q in context.captured_queries if WRITES.match(q["sql"])] == []
