"""Per-reader pages are kept out of search engines (``noindex``), and a crawler that fetches
the comment form is served no captcha challenge, so its visit writes nothing."""

import pytest
from captcha.models import CaptchaStore
from django.urls import reverse

from .conftest import backdated_stamp

pytestmark = pytest.mark.django_db

GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
NOINDEX_META = '<meta name="robots" content="noindex">'


def page_url(article):
    return reverse("wagtail_emulation:comments:page", args=[article.pk])


def fragment_url(article):
    return reverse("wagtail_emulation:comments:form", args=[article.pk])


def test_the_comment_page_is_noindex_in_its_head_and_its_header(client, article):
    response = client.get(page_url(article), HTTP_USER_AGENT=CHROME)
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    head = response.content.decode().split("</head>")[0]
    assert NOINDEX_META in head


def test_other_per_reader_answers_are_noindex(client, article):
    state = reverse("wagtail_emulation:state", args=[article.pk])
    for url in [fragment_url(article), state]:
        response = client.get(url, HTTP_USER_AGENT=CHROME)
        assert response.status_code == 200
        assert response["X-Robots-Tag"] == "noindex"


def test_the_article_itself_stays_indexable(client, article):
    response = client.get(article.url, HTTP_USER_AGENT=CHROME)
    assert response.status_code == 200
    assert "X-Robots-Tag" not in response
    assert NOINDEX_META not in response.content.decode()


@pytest.mark.parametrize("url", [page_url, fragment_url], ids=["page", "fragment"])
def test_a_crawler_gets_the_form_without_a_challenge_and_writes_nothing(client, article, url):
    response = client.get(url(article), HTTP_USER_AGENT=GOOGLEBOT)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="body"' in html  # the form is there…
    assert "captcha" not in html  # …without a challenge
    assert CaptchaStore.objects.count() == 0


def test_a_person_still_gets_a_challenge_and_can_comment(client, article, form_data):
    response = client.get(page_url(article), HTTP_USER_AGENT=CHROME)
    assert 'name="captcha_1"' in response.content.decode()
    assert CaptchaStore.objects.count() == 1
    sent = client.post(page_url(article), form_data(), HTTP_USER_AGENT=CHROME)
    assert sent.status_code == 302
    assert article.reader_comments.count() == 1


def test_a_crawler_cannot_comment_without_the_captcha(client, article, form_data):
    data = form_data(captcha_0=None, captcha_1=None, started=backdated_stamp())
    response = client.post(page_url(article), data, HTTP_USER_AGENT=GOOGLEBOT)
    assert response.status_code == 400
    assert article.reader_comments.count() == 0
    assert CaptchaStore.objects.count() == 0  # the form shown back has no challenge either
