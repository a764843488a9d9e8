"""The moderation screens read as one language: whole Vietnamese sentences (with or without
the optional wagtail_vi app), the package's date style, the reader's line breaks, and a
dashboard panel laid out as Wagtail's own cards."""

import datetime
import re
from html import unescape

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from wagtail_emulation.comments.models import ReaderComment

pytestmark = pytest.mark.django_db
Status = ReaderComment.Status
INDEX = "wagtail_emulation_comments:index"


@pytest.fixture
def moderator(client, django_user_model):
    user = django_user_model.objects.create_user("kiemduyet", "kiemduyet@so.gov.vn", "mat-khau")
    for codename in ("access_admin", "moderate_readercomment", "delete_readercomment"):
        user.user_permissions.add(Permission.objects.get(codename=codename))
    client.force_login(user)
    return client


def visible_text(response):
    html = response.content.decode()
    html = re.sub(r"(?s)<(script|style|svg|template)\b.*?</\1>", " ", html)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


ENGLISH_AROUND_OUR_NAME = re.compile(
    r"There are no|match your query|updated\.|deleted\.|could not be saved|"
    r"Are you sure|is referenced"
)


def test_viewset_messages_are_whole_vietnamese_sentences(
    moderator, article, make_comment, without_wagtail_vi
):
    index = reverse(INDEX)
    assert "Chưa có bình luận nào của bạn đọc." in visible_text(moderator.get(index))
    comment = make_comment(article, status=Status.PENDING, name="Trần Thị Bình")
    no_match = visible_text(moderator.get(index, {"q": "không-có-ở-đâu"}))
    assert "Không có bình luận nào khớp với điều kiện tìm kiếm hoặc lọc." in no_match

    edit = reverse("wagtail_emulation_comments:edit", args=[comment.pk])
    refused = visible_text(moderator.post(edit, {"status": "bogus"}))
    assert "Chưa lưu được bình luận: xem các lỗi bên dưới." in refused
    saved = moderator.post(edit, {"status": Status.APPROVED, "official_reply": ""}, follow=True)
    assert "Đã lưu bình luận của “Trần Thị Bình”." in visible_text(saved)

    delete = reverse("wagtail_emulation_comments:delete", args=[comment.pk])
    confirm = visible_text(moderator.get(delete))
    assert "Xóa bình luận của “Trần Thị Bình”? Việc xóa không thể hoàn tác." in confirm
    deleted = visible_text(moderator.post(delete, follow=True))
    assert "Đã xóa bình luận của “Trần Thị Bình”." in deleted

    for text in (no_match, refused, visible_text(saved), confirm, deleted):
        assert not ENGLISH_AROUND_OUR_NAME.search(text), text


def test_comment_time_reads_like_the_packages_dates(moderator, article, make_comment):
    sent = timezone.make_aware(datetime.datetime(2026, 12, 1, 20, 33))
    comment = make_comment(article, status=Status.PENDING, created_at=sent)
    html = moderator.get(reverse("wagtail_emulation_comments:edit", args=[comment.pk]))
    text = visible_text(html)
    assert "Thứ Ba, 1/12/2026 20:33" in text
    assert "Ngày 01 tháng 12 năm 2026" not in text


def test_comment_body_keeps_its_line_breaks_and_stays_escaped(moderator, article, make_comment):
    body = "Dòng thứ nhất\nDòng thứ hai <b>không in đậm</b>\n\nĐoạn sau"
    comment = make_comment(article, status=Status.PENDING, body=body)
    html = moderator.get(reverse("wagtail_emulation_comments:edit", args=[comment.pk]))
    html = html.content.decode()
    output = re.search(
        r'<div class="w-field__textoutput"[^>]*aria-multiline="true"[^>]*>(.*?)</div>', html, re.S
    )
    assert output, "the body is not shown as a multi-line read-only text"
    shown = " ".join(output.group(1).split())
    assert shown == (
        "Dòng thứ nhất<br>Dòng thứ hai &lt;b&gt;không in đậm&lt;/b&gt;<br><br>Đoạn sau"
    )


def test_a_long_comment_is_listed_by_its_start_on_one_line(moderator, article, make_comment):
    body = "Đề nghị Sở\nbổ sung " + "hướng dẫn thủ tục chứng thực bản sao điện tử " * 4
    make_comment(article, status=Status.PENDING, body=body)
    listed = visible_text(moderator.get(reverse(INDEX)))
    start = " ".join(body.split())[:79] + "…"
    assert len(start) == 80 and start in listed
    assert " ".join(body.split()) not in listed


def test_dashboard_panel_is_a_card_like_wagtails_panels(moderator, article, make_comment):
    make_comment(article, status=Status.PENDING)
    html = moderator.get(reverse("wagtailadmin_home")).content.decode()
    section = re.search(r'<section class="([^"]*)" id="reader-comments-waiting-section"', html)
    assert section and "w-panel--dashboard" in section.group(1).split()
    assert "Có 1 bình luận đang chờ duyệt." in visible_text_of(html)


def visible_text_of(html):
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())
