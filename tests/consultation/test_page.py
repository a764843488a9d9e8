"""The draft page article by article: structure and anchors, counts beside each article from a
kept fragment and the state endpoint, the same HTML for every anonymous reader, no write on
render, and a query count that does not grow with articles or opinions."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail_emulation.consultation.models import DraftOpinion
from wagtail_emulation.consultation.opinions import change_status, create_opinion
from wagtail_emulation.fragments import forget_every_fragment

from .builders import article_key, make_draft

WRITES = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)
Status = DraftOpinion.Status


def add_opinions(page, count, keys, status=Status.PENDING):
    now = timezone.now()
    DraftOpinion.objects.bulk_create(
        DraftOpinion(
            page=page,
            article_key=keys[number % len(keys)],
            name=f"Bạn đọc {number}",
            email=f"r{number}@example.vn",
            body=f"Ý kiến {number}",
            status=status,
            created_at=now,
            consented_at=now,
        )
        for number in range(count)
    )


def test_structure_and_stable_anchors(client, draft):
    html = client.get(draft.url).content.decode()
    assert (
        '<h3 class="draft-chapter" id="chuong-i">Chương I<br>'
        '<span class="draft-chapter__title">QUY ĐỊNH CHUNG</span></h3>' in html
    )
    assert 'id="chuong-ii"' in html and 'id="muc-1"' in html
    for number in range(1, 13):
        assert f'id="dieu-{number}"' in html
    assert 'id="dieu-3-khoan-2"' in html
    assert '<a class="draft-article__anchor" href="#dieu-3">Điều 3.</a> Nội dung điều 3' in html
    assert "Thời gian lấy ý kiến" in html and "Đang lấy ý kiến" in html
    assert "còn 18 ngày" in html  # opened two days ago, a 20-day window: today + 17 days


def test_counts_beside_each_article_follow_new_and_moderated_opinions(
    client, draft, django_capture_on_commit_callbacks
):
    key = article_key(draft, 3)
    assert f'data-opinion-count="{key}">0 ý kiến' in client.get(draft.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        opinion = create_opinion(
            page_id=draft.pk,
            article_key=key,
            article_label="Điều 3",
            name="An",
            email="an@x.vn",
            body="Ý kiến.",
            consented_at=timezone.now(),
        )
    assert f'data-opinion-count="{key}">1 ý kiến' in client.get(draft.url).content.decode()
    state = client.get(f"/emulation/state/{draft.pk}/").json()["parts"]["consultation"]
    assert state == {"open": True, "total": 1, "articles": {key: 1}}
    with django_capture_on_commit_callbacks(execute=True):
        change_status([opinion.pk], Status.SPAM)
    assert f'data-opinion-count="{key}">0 ý kiến' in client.get(draft.url).content.decode()


def test_published_opinions_show_no_contact(client, draft, django_capture_on_commit_callbacks):
    key = article_key(draft, 5)
    draft.publish_opinions = True
    draft.save_revision().publish()
    opinion = create_opinion(
        page_id=draft.pk,
        article_key=key,
        article_label="Điều 5",
        name="Lê Văn Cường",
        organisation="Công ty Luật ABC",
        email="cuong@example.vn",
        phone="0912345678",
        body="Nên rút ngắn thời hạn.",
        consented_at=timezone.now(),
    )
    assert "Nên rút ngắn thời hạn." not in client.get(draft.url).content.decode()  # pending
    with django_capture_on_commit_callbacks(execute=True):
        change_status([opinion.pk], Status.APPROVED)
    html = client.get(draft.url).content.decode()
    assert "Lê Văn Cường (Công ty Luật ABC)" in html and "Nên rút ngắn thời hạn." in html
    assert "cuong@example.vn" not in html and "0912345678" not in html


def test_same_html_for_any_two_anonymous_readers_no_cookie_no_token(draft):
    first = Client(REMOTE_ADDR="203.0.113.5", HTTP_USER_AGENT="Firefox/133.0")
    second = Client(REMOTE_ADDR="198.51.100.7", HTTP_USER_AGENT="Chrome/131.0")
    second.get(f"/emulation/state/{draft.pk}/")
    one, two = first.get(draft.url), second.get(draft.url)
    assert one.content == two.content
    html = one.content.decode()
    assert "csrfmiddlewaretoken" not in html and "captcha" not in html
    assert not one.cookies and "Cookie" not in one.get("Vary", "")


def test_rendering_writes_nothing(draft):
    add_opinions(draft, 5, [article_key(draft, 1)])
    forget_every_fragment()
    with CaptureQueriesContext(connection) as queries:
        assert Client().get(draft.url).status_code == 200
    assert not [q["sql"] for q in queries if WRITES.match(q["sql"])]


def page_queries(page):
    Client().get(page.url)  # site settings are kept from here on, as on a running site
    forget_every_fragment()  # the worst case for the page itself: nothing of it kept yet
    with CaptureQueriesContext(connection) as queries:
        assert Client().get(page.url).status_code == 200
    return len(queries)


@pytest.mark.slow
def test_query_count_is_flat_with_200_articles_and_1000_opinions(home):
    small = make_draft(home, articles=3)
    large = make_draft(home, articles=200)
    large.publish_opinions = True
    large.save_revision().publish()
    keys = [part.key for part in large.articles]
    add_opinions(large, 1000, keys, status=Status.APPROVED)
    assert page_queries(large) == page_queries(small) + 1  # + the published opinions' query
    html = Client().get(large.url).content.decode()
    assert html.count("5 ý kiến") == 200
