"""The cacheable block: approved comments only, escaped, paginated, one query, no writes."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail_emulation.comments.models import OfficialReply, ReaderComment
from wagtail_emulation.fragments import forget_fragments

from .conftest import reader_request

pytestmark = pytest.mark.django_db
Status = ReaderComment.Status


def test_only_approved_comments_oldest_first_with_replies(article, make_comment, render_block):
    first = make_comment(article, name="Người thứ nhất")
    make_comment(article, status=Status.PENDING, name="Đang chờ")
    make_comment(article, status=Status.REJECTED, name="Bị từ chối")
    make_comment(article, status=Status.SPAM, name="Rác")
    make_comment(article, name="Người thứ hai")
    OfficialReply.objects.create(comment=first, body="Sở xin trả lời:\nđã tiếp nhận.")
    html = render_block(article)
    assert 'data-emulation="comments"' in html
    assert f'data-page-id="{article.pk}"' in html
    assert 'data-count="2"' in html
    assert "Bình luận (2)" in html
    assert html.index("Người thứ nhất") < html.index("Người thứ hai")
    for hidden in ("Đang chờ", "Bị từ chối", "Rác"):
        assert hidden not in html
    assert "Trả lời của cơ quan" in html
    assert "Sở xin trả lời:<br>đã tiếp nhận." in html
    assert reverse("wagtail_emulation:comments:page", args=[article.pk]) in html


def test_no_personal_data_no_csrf_no_captcha(article, make_comment, render_block):
    make_comment(article, email="rieng-tu@example.vn", ip_hash="a1" * 32)
    html = render_block(article)
    assert "rieng-tu@example.vn" not in html and "a1a1a1" not in html
    assert "csrfmiddlewaretoken" not in html and "captcha" not in html


@pytest.mark.parametrize(
    "payload",
    [
        '<script>alert("x")</script>',
        '<img src=x onerror="alert(1)">',
        '"><a href="javascript:alert(1)">bấm</a>',
    ],
)
def test_markup_is_escaped_and_line_breaks_kept(article, make_comment, render_block, payload):
    make_comment(article, name=payload, body=f"Dòng một\n{payload}\nDòng ba")
    OfficialReply.objects.create(comment=ReaderComment.objects.get(), body=payload)
    html = render_block(article)
    assert payload not in html
    assert "<script>alert" not in html and 'onerror="alert' not in html
    assert 'javascript:alert(1)">' not in html
    assert "Dòng một<br>" in html


def test_pagination_by_query_parameter(article, make_comment, render_block, settings):
    settings.WAGTAIL_EMULATION_COMMENTS_PER_PAGE = 5
    for number in range(12):
        make_comment(article, name=f"Người {number:02d}")
    first = render_block(article)
    assert "Bình luận (12)" in first
    assert "Người 00" in first and "Người 04" in first and "Người 05" not in first
    assert 'href="/gioi-thieu/?binh-luan=2#binh-luan"' in first
    assert 'href="/gioi-thieu/?binh-luan=3#binh-luan"' in first
    second = render_block(article, "?binh-luan=2")
    assert "Người 05" in second and "Người 09" in second and "Người 04" not in second
    assert 'start="6"' in second
    assert 'href="/gioi-thieu/#binh-luan"' in second  # page 1 is the page's own URL
    past_the_end = render_block(article, "?binh-luan=9")
    assert "Người 10" in past_the_end and "Người 11" in past_the_end
    assert "Người 00" in render_block(article, "?binh-luan=abc")


def _render_queries(article, render_block, query="", cold=True):
    """Queries of one render; ``cold`` drops the cached block first (a first reader)."""
    if cold:
        forget_fragments("comments", article.pk)
    request = reader_request(query)
    with CaptureQueriesContext(connection) as captured:
        html = render_block(article, request=request)
    return html, [q["sql"] for q in captured.captured_queries]


def test_query_count_is_constant_for_10_and_500_comments(article, make_comment, render_block):
    for _ in range(10):
        make_comment(article)
    render_block(article)  # warms the settings cache, as the first reader does
    html_10, queries_10 = _render_queries(article, render_block)
    ReaderComment.objects.bulk_create(
        [
            ReaderComment(
                page_id=article.pk,
                name=f"Thêm {n}",
                body="…",
                status=Status.APPROVED,
                consented_at=ReaderComment.objects.first().consented_at,
                fingerprint=str(n),
            )
            for n in range(490)
        ]
    )
    from wagtail_emulation.comments.moderation import adjust_counts

    adjust_counts({article.pk: 490})
    html_500, queries_500 = _render_queries(article, render_block)
    _, queries_page_3 = _render_queries(article, render_block, "?binh-luan=3")
    assert "Bình luận (500)" in html_500
    assert len(queries_10) == len(queries_500) == len(queries_page_3) == 1
    _, queries_warm = _render_queries(article, render_block, "?binh-luan=3", cold=False)
    assert queries_warm == []  # later readers get the block from the shared cache
    assert not any(re.match(r"\s*(INSERT|UPDATE|DELETE)", sql, re.I) for sql in queries_500)


def test_rendering_writes_nothing_even_before_settings_were_saved(home, make_comment, render_block):
    from wagtail_emulation.comments.models import CommentSettings

    CommentSettings.objects.all().delete()
    page = home.get_children().get(slug="gioi-thieu").specific
    with CaptureQueriesContext(connection) as captured:
        # Every page type takes comments until editors tick it off: the block shows at once.
        assert "Viết bình luận" in render_block(page)
    assert not any(
        re.match(r"\s*(INSERT|UPDATE|DELETE)", q["sql"], re.I) for q in captured.captured_queries
    )
    assert not CommentSettings.objects.exists()


def test_identical_html_for_every_reader(article, make_comment, render_block):
    make_comment(article)
    assert render_block(article) == render_block(article)


def test_notice_after_posting_without_javascript(article, render_block):
    assert "đang chờ duyệt" in render_block(article, "?binh-luan-gui=cho-duyet")
    assert "đã được đăng" in render_block(article, "?binh-luan-gui=da-dang")
    assert "Cảm ơn" not in render_block(article, "?binh-luan-gui=<b>x</b>")


def test_settings_changes_reach_the_cached_settings(article, render_block, comment_settings):
    assert render_block(article)
    comment_settings.off_page_types = ["testapp.hostpage"]
    comment_settings.save()
    assert render_block(article) == ""


def test_closed_page_keeps_its_list_and_hides_the_link(
    article, make_comment, render_block, comment_settings, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.utils import timezone

    comment_settings.close_after_days = 7
    comment_settings.save()
    type(article).objects.filter(pk=article.pk).update(
        first_published_at=timezone.now() - timedelta(days=8)
    )
    article.refresh_from_db()
    forget_fragments("comments", article.pk)  # closing by the clock: the block's timeout
    assert render_block(article) == ""  # closed and nothing to show
    with django_capture_on_commit_callbacks(execute=True):  # the commit drops the old block
        make_comment(article, name="Ý kiến cũ")
    html = render_block(article)
    assert "Ý kiến cũ" in html and "Bình luận cho trang này đã đóng." in html
    assert "Viết bình luận" not in html


def test_reader_feedback_includes_the_comments_block(article, make_comment):
    from django.template import Context, Template
    from django.test import RequestFactory

    make_comment(article, name="Qua reader_feedback")
    template = Template("{% load wagtail_emulation %}{% reader_feedback page %}")
    request = RequestFactory().get("/gioi-thieu/")
    assert "Qua reader_feedback" in template.render(Context({"page": article, "request": request}))
