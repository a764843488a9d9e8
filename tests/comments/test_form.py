"""The comment form: every error keeps what the reader typed; captcha, honeypot, fill time."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from wagtail_emulation.comments.forms import CommentForm
from wagtail_emulation.comments.models import ReaderComment

from .conftest import backdated_stamp

pytestmark = pytest.mark.django_db

BODY = "Xin hỏi thủ tục chứng thực bản sao\ncần mang theo giấy tờ gì?"


def page_url(article):
    return reverse("wagtail_emulation:comments:page", args=[article.pk])


def fragment_url(article):
    return reverse("wagtail_emulation:comments:form", args=[article.pk])


def assert_input_kept(html, data):
    assert 'value="Nguyễn Văn An"' in html
    if data.get("email"):
        assert f'value="{data["email"]}"' in html
    assert "Xin hỏi thủ tục chứng thực bản sao\ncần mang theo giấy tờ gì?</textarea>" in html


def test_form_page_is_never_cached_and_carries_csrf_and_captcha(client, article):
    response = client.get(page_url(article))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "csrfmiddlewaretoken" in html
    assert 'name="captcha_0"' in html and 'name="captcha_1"' in html
    assert "/emulation/comments/captcha/image/" in html
    assert 'name="consent"' in html and "checked" not in html.split('name="consent"')[1][:60]
    assert "180 ngày" in html  # the consent text says how long data are kept


def test_valid_comment_is_held_and_reader_returns_to_the_page(client, article, form_data):
    response = client.post(page_url(article), form_data())
    assert response.status_code == 302
    assert response["Location"] == f"{article.url}?binh-luan-gui=cho-duyet#binh-luan"
    comment = ReaderComment.objects.get()
    assert comment.status == ReaderComment.Status.PENDING
    assert comment.hold_reason == ReaderComment.HoldReason.MODERATION
    assert comment.body == BODY
    assert comment.consented_at is not None
    assert comment.ip_hash and "127.0.0.1" not in comment.ip_hash


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"name": ""}, "Vui lòng nhập họ và tên."),
        ({"email": "khong-phai-email"}, "Địa chỉ thư điện tử không hợp lệ"),
        ({"consent": None}, "Vui lòng đánh dấu ô đồng ý"),
        ({"captcha_1": "sai"}, "Mã xác thực không đúng."),
        ({"captcha_1": ""}, "Vui lòng nhập mã xác thực."),
        ({"started": "fresh"}, "Biểu mẫu được gửi quá nhanh"),
        ({"started": "forged"}, "Biểu mẫu đã hết hạn"),
    ],
)
def test_every_error_keeps_the_input(client, article, form_data, overrides, message):
    if overrides.get("started") == "fresh":
        overrides = {"started": CommentForm.new_stamp()}
    data = form_data(**overrides)
    response = client.post(page_url(article), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    if "name" not in overrides:
        assert_input_kept(html, data)
    assert "aria-invalid" in html or 'role="alert"' in html
    assert not ReaderComment.objects.exists()


def test_empty_body_and_too_long_body(client, article, form_data, settings):
    settings.WAGTAIL_EMULATION_COMMENTS_BODY_MAX_LENGTH = 20
    response = client.post(page_url(article), form_data(body="x" * 21))
    assert response.status_code == 400
    html = response.content.decode()
    assert "x" * 21 + "</textarea>" in html
    assert 'maxlength="20"' in html
    assert "Bình luận dài 21 ký tự; chỉ được tối đa 20 ký tự." in html
    response = client.post(page_url(article), form_data(body="   "))
    assert response.status_code == 400
    assert not ReaderComment.objects.exists()


def test_wrong_captcha_says_so_in_vietnamese_and_gives_a_new_challenge(client, article, form_data):
    response = client.post(page_url(article), form_data(captcha_1="WRONG"))
    html = response.content.decode()
    assert "Mã xác thực không đúng." in html
    assert 'name="captcha_0" value="abc"' not in html  # a fresh key, not the spent one
    assert_input_kept(html, form_data())
    assert 'id="id_captcha_1"' in html and 'value="WRONG"' not in html
    # The answer box points at the error; the hidden key carries nothing HTML forbids there.
    answer = re.search(r'<input [^>]*name="captcha_1"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in answer and "id_captcha_error" in answer
    assert "required" in answer and 'autocomplete="off"' in answer
    key = re.search(r'<input [^>]*name="captcha_0"[^>]*>', html).group(0)
    assert 'type="hidden"' in key
    assert not re.search(r"required|autocomplete|aria-", key)
    # The picture has a size before it loads, so the form does not move.
    assert re.search(r'<img class="emulation-captcha__image"[^>]* width="\d+" height="\d+"', html)


def test_right_captcha_passes(client, article, form_data):
    assert client.post(page_url(article), form_data(captcha_1="passed")).status_code == 302
    assert ReaderComment.objects.count() == 1


def test_new_code_without_javascript_keeps_the_text_and_shows_no_errors(client, article, form_data):
    response = client.post(page_url(article), form_data(refresh_captcha="1", captcha_1=""))
    assert response.status_code == 200
    html = response.content.decode()
    assert_input_kept(html, form_data())
    assert 'role="alert"' not in html
    assert not ReaderComment.objects.exists()


def test_honeypot_is_stored_as_spam_and_looks_like_success(client, article, form_data):
    response = client.post(page_url(article), form_data(homepage="http://spam.example"))
    assert response.status_code == 302
    assert "cho-duyet" in response["Location"]
    assert ReaderComment.objects.get().status == ReaderComment.Status.SPAM


def test_banned_words_are_refused_with_the_text_kept(client, article, form_data, comment_settings):
    comment_settings.banned_words = "lừa đảo\ncasino"
    comment_settings.save()
    response = client.post(page_url(article), form_data(body=BODY + " Trang Lừa Đảo!"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Vui lòng bỏ các từ không được phép dùng: “lừa đảo”." in html
    assert "Trang Lừa Đảo!</textarea>" in html


def test_links_over_the_limit_are_held_or_refused(client, article, form_data, comment_settings):
    body = "Xem http://a.example, www.b.example và https://c.example"
    comment_settings.moderation = False
    comment_settings.link_limit = 2
    comment_settings.save()
    assert client.post(page_url(article), form_data(body=body)).status_code == 302
    held = ReaderComment.objects.get()
    assert (held.status, held.hold_reason) == ("pending", "links")

    comment_settings.over_link_limit = "reject"
    comment_settings.save()
    response = client.post(page_url(article), form_data(body=body + " nữa", email="b@example.vn"))
    assert response.status_code == 400
    assert "tối đa 2 liên kết; bình luận này có 3." in response.content.decode()


def test_duplicate_from_the_same_reader_is_refused(client, article, form_data):
    assert client.post(page_url(article), form_data()).status_code == 302
    response = client.post(
        page_url(article),
        form_data(body="  xin hỏi THỦ TỤC chứng thực bản sao cần mang theo giấy tờ gì? "),
    )
    assert response.status_code == 400
    assert "Bạn đã gửi bình luận này trên trang này rồi." in response.content.decode()
    assert ReaderComment.objects.count() == 1


def test_email_required_by_setting(client, article, form_data, comment_settings):
    comment_settings.email_required = True
    comment_settings.save()
    response = client.post(page_url(article), form_data(email=""))
    assert response.status_code == 400
    assert "Vui lòng nhập địa chỉ thư điện tử." in response.content.decode()


def test_without_moderation_the_comment_is_published(client, article, form_data, comment_settings):
    comment_settings.moderation = False
    comment_settings.save()
    response = client.post(page_url(article), form_data())
    assert "binh-luan-gui=da-dang" in response["Location"]
    assert ReaderComment.objects.get().status == ReaderComment.Status.APPROVED


def test_comments_close_n_days_after_publication(client, article, form_data, comment_settings):
    comment_settings.close_after_days = 30
    comment_settings.save()
    published = timezone.now() - timedelta(days=31)
    type(article).objects.filter(pk=article.pk).update(first_published_at=published)
    assert "Bình luận cho trang này đã đóng." in client.get(page_url(article)).content.decode()
    response = client.post(page_url(article), form_data())
    assert response.status_code == 403
    html = response.content.decode()
    assert "Bình luận cho trang này đã đóng." in html
    assert "cần mang theo giấy tờ gì?</textarea>" in html  # the reader's text comes back
    assert not ReaderComment.objects.exists()


def test_page_type_ticked_off_is_404(client, home, comment_settings):
    comment_settings.off_page_types = ["portal.homepage"]
    comment_settings.save()
    response = client.get(reverse("wagtail_emulation:comments:page", args=[home.pk]))
    assert response.status_code == 404


def test_fragment_get_and_post_for_javascript(client, article, form_data):
    response = client.get(fragment_url(article))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "<html" not in html and "data-comment-form" in html
    assert f'action="{fragment_url(article)}"' in html

    response = client.post(fragment_url(article), form_data(captcha_1="sai"))
    assert response.status_code == 400
    assert "Mã xác thực không đúng." in response.content.decode()

    response = client.post(fragment_url(article), form_data())
    assert response.status_code == 201
    assert "Bình luận của bạn đang chờ duyệt" in response.content.decode()


def test_captcha_refresh_gives_a_new_challenge(client):
    response = client.get(reverse("wagtail_emulation:comments:captcha-refresh"))
    data = response.json()
    assert data["image_url"].startswith("/emulation/comments/captcha/image/")
    assert data["audio_url"] is None  # no flite configured here
    assert client.get(data["image_url"]).status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_stamp_is_kept_across_a_re_render(client, article, form_data):
    stamp = backdated_stamp(100)
    html = client.post(page_url(article), form_data(name="", started=stamp)).content.decode()
    assert f'name="started" value="{stamp}"' in html


def test_audio_alternative_when_flite_is_configured(client, article, monkeypatch):
    from captcha.conf import settings as captcha_settings

    monkeypatch.setattr(captcha_settings, "CAPTCHA_FLITE_PATH", "/usr/bin/flite")
    html = client.get(page_url(article)).content.decode()
    assert "Nghe mã xác thực" in html and "/emulation/comments/captcha/audio/" in html
    data = client.get(reverse("wagtail_emulation:comments:captcha-refresh")).json()
    assert data["audio_url"].endswith(".wav")
