"""Demo pages with comments: served whole, cache-first, one comments query, the per-page switch,
the demo idempotent."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail_emulation.comments.models import CommentCount, ReaderComment

pytestmark = pytest.mark.django_db


@pytest.fixture
def commented_page(demo):
    comment = ReaderComment.objects.filter(status="approved").select_related("page").first()
    return comment.page.specific


def test_page_html_is_the_same_for_every_reader(commented_page):
    first = Client().get(commented_page.url)
    second = Client(REMOTE_ADDR="203.0.113.7").get(commented_page.url)
    assert first.status_code == 200
    assert first.content == second.content
    html = first.content.decode()
    assert 'data-emulation="comments"' in html
    assert "csrfmiddlewaretoken" not in html and "captcha" not in html
    assert not first.cookies
    assert "Cookie" not in first.get("Vary", "")


def test_comments_cost_one_read_then_none_and_never_a_write(commented_page):
    def comment_queries():
        with CaptureQueriesContext(connection) as captured:
            assert Client().get(commented_page.url).status_code == 200
        return [q["sql"] for q in captured.captured_queries if "_comments_" in q["sql"]]

    first = comment_queries()  # the first reader: settings cached, block rendered and cached
    assert [sql.lstrip().split()[0].upper() for sql in first] == ["SELECT", "SELECT"]
    assert comment_queries() == []  # every later reader, until the list changes


def test_demo_comments_are_built_once(demo):
    before = (ReaderComment.objects.count(), list(CommentCount.objects.values_list("approved")))
    call_command("load_demo", stdout=StringIO())
    after = (ReaderComment.objects.count(), list(CommentCount.objects.values_list("approved")))
    assert before == after
    assert ReaderComment.objects.filter(status="pending").exists()
    assert ReaderComment.objects.filter(official_reply__isnull=False).exists()


def test_per_page_switch_on_a_commentable_page_type(demo, render_block):
    from wagtail.models import Page

    from wagtail_emulation.feedback.mixins import CommentablePageMixin

    page = next(p for p in Page.objects.live().specific() if isinstance(p, CommentablePageMixin))
    assert "Viết bình luận" in render_block(page)
    page.comments_enabled = False
    page.save_revision().publish()  # publishing drops the page's cached block
    page.refresh_from_db()
    html = render_block(page)
    assert "Viết bình luận" not in html
    if page.reader_comments.filter(status=ReaderComment.Status.APPROVED).exists():
        assert "Bình luận cho trang này đã đóng." in html
