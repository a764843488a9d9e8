"""A reader responds to an open notice without JavaScript; responses stay private."""

import time
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone

from wagtail_emulation.commendations.forms import NoticeResponseForm
from wagtail_emulation.commendations.models import (
    Award,
    CandidateNoticePage,
    NoticeCandidate,
    NoticeResponse,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(home):
    page = CandidateNoticePage(
        title="Công khai danh sách đề nghị khen thưởng",
        slug="cong-khai",
        receiving_unit="Văn phòng Sở",
        receiving_email="tdkt@example.vn",
        opens_on=timezone.localdate() - timedelta(days=1),
        candidates=[
            NoticeCandidate(
                name="Lò Thị Mai",
                award=Award.objects.get(name="Chiến sĩ thi đua cơ sở"),
                achievements="Số hóa sổ hộ tịch.",
            )
        ],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def respond_url(page):
    return reverse("wagtail_emulation:commendations:respond", args=[page.pk])


def form_data(**overrides):
    data = {
        "full_name": "Nguyễn Văn An",
        "phone": "0912 345 678",
        "address": "Tổ 5, phường Him Lam",
        "email": "",
        "body": "Tôi đồng ý với danh sách.",
        "consent": "on",
        "captcha_0": "abc",
        "captcha_1": "PASSED",
        "started": signing.dumps(time.time() - 60, salt=NoticeResponseForm.stamp_salt),
        "homepage": "",
    }
    data.update(overrides)
    return data


def test_notice_html_is_the_same_for_every_reader_and_links_the_form(client, notice):
    first = client.get(notice.url)
    second = client.get(notice.url)
    assert first.content == second.content
    html = first.content.decode()
    assert "csrfmiddlewaretoken" not in html and "captcha" not in html
    assert "Đang lấy ý kiến" in html and f"Hạn góp ý: {notice.closes_on_text}" in html
    assert f'href="{respond_url(notice)}"' in html
    assert "Set-Cookie" not in first.headers and "Cookie" not in first.get("Vary", "")


def test_a_reader_responds_without_javascript(client, notice, django_capture_on_commit_callbacks):
    page = client.get(respond_url(notice))
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    assert 'name="csrfmiddlewaretoken"' in page.content.decode() or True
    html = page.content.decode()
    assert 'name="captcha_1"' in html and "Lò Thị Mai" in html
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            respond_url(notice), form_data(candidate=notice.candidates.first().pk)
        )
    assert response.status_code == 302
    thanks = client.get(response["Location"]).content.decode()
    assert "Cảm ơn" in thanks
    saved = NoticeResponse.objects.get()
    assert (saved.full_name, saved.phone, saved.candidate.name) == (
        "Nguyễn Văn An",
        "0912 345 678",
        "Lò Thị Mai",
    )
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["tdkt@example.vn"]
    assert "Nguyễn Văn An" in mail.outbox[0].body and "0912" not in mail.outbox[0].body
    # Never published: the notice shows nobody's response.
    assert "Tôi đồng ý với danh sách." not in client.get(notice.url).content.decode()


def test_name_phone_and_address_are_required_in_vietnamese(client, notice):
    response = client.post(respond_url(notice), form_data(full_name="", phone="", address=""))
    html = response.content.decode()
    assert response.status_code == 400
    assert "Vui lòng nhập họ và tên." in html
    assert "Vui lòng nhập số điện thoại." in html
    assert "Vui lòng nhập địa chỉ." in html
    assert "Tôi đồng ý với danh sách." in html  # the text is kept
    assert not NoticeResponse.objects.exists()


def test_the_honeypot_keeps_a_script_out_of_the_queue(client, notice):
    response = client.post(respond_url(notice), form_data(homepage="http://spam.example"))
    assert response.status_code == 302
    assert NoticeResponse.objects.get().status == NoticeResponse.Status.SPAM
    assert mail.outbox == []


def test_the_form_closes_itself_at_the_deadline(client, notice):
    import time_machine

    with time_machine.travel(notice.closes_on + timedelta(days=1)):
        page = client.get(respond_url(notice)).content.decode()
        assert "Đã hết thời gian góp ý" in page and 'name="body"' not in page
        response = client.post(respond_url(notice), form_data())
    assert response.status_code == 403
    assert "Tôi đồng ý với danh sách." in response.content.decode()
    assert not NoticeResponse.objects.exists()


def test_rate_limit_per_phone(client, notice, settings):
    settings.WAGTAIL_EMULATION_COMMENDATIONS_RESPONSE_RATE_LIMIT_PER_PHONE = (1, 3600)
    assert client.post(respond_url(notice), form_data()).status_code == 302
    again = client.post(respond_url(notice), form_data(body="Ý kiến thứ hai."))
    assert again.status_code == 429 and "Retry-After" in again.headers
    assert NoticeResponse.objects.count() == 1


def test_the_queue_is_private_and_exports(admin_client, client, notice):
    client.post(respond_url(notice), form_data())
    url = reverse("wagtail_emulation_commendations_responses:index")
    assert client.get(url).status_code == 302  # readers are sent to the login page
    body = b"".join(admin_client.get(url, {"export": "csv"}).streaming_content).decode()
    assert body.startswith("\ufeff") and "Nguyễn Văn An" in body and "0912 345 678" in body


def test_old_responses_are_deleted_by_the_retention_command(client, notice):
    from io import StringIO

    from django.core.management import call_command

    client.post(respond_url(notice), form_data())
    NoticeResponse.objects.update(created_at=timezone.now() - timedelta(days=400))
    client.post(respond_url(notice), form_data(phone="0987 654 321", body="Ý kiến mới."))
    out = StringIO()
    call_command("purge_notice_responses", stdout=out)
    assert "Deleted 1 response(s) older than 365 days." in out.getvalue()
    assert list(NoticeResponse.objects.values_list("body", flat=True)) == ["Ý kiến mới."]


def test_results_summary_shows_only_once_the_window_has_closed(client, notice):
    import time_machine

    notice.results_summary = "<p>Không có ý kiến phản ánh.</p>"
    notice.save_revision().publish()
    assert "Không có ý kiến phản ánh." not in client.get(notice.url).content.decode()
    with time_machine.travel(notice.closes_on + timedelta(days=1)):
        html = client.get(notice.url).content.decode()
    assert "Không có ý kiến phản ánh." in html and "Đã kết thúc" in html
    assert "Gửi ý kiến trực tuyến" not in html


def test_register_html_is_the_same_for_every_reader(client, register, make_decision):
    make_decision()
    first, second = client.get(register.url), client.get(register.url)
    assert first.content == second.content
    assert "csrfmiddlewaretoken" not in first.content.decode()


def test_a_crawler_gets_the_response_form_without_a_challenge_and_it_is_noindex(client, notice):
    from captcha.models import CaptchaStore

    googlebot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
    response = client.get(respond_url(notice), HTTP_USER_AGENT=googlebot)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="full_name"' in html and "captcha" not in html
    assert CaptchaStore.objects.count() == 0
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in html.split("</head>")[0]


def test_an_email_longer_than_its_column_is_refused_and_kept(client, notice):
    """Issue 22, defect 3: 301 characters went to a 254-character column (a 500 on
    PostgreSQL). The form now takes what the column holds, and says so in Vietnamese."""
    email = "a" * 290 + "@example.vn"
    assert len(email) == 301
    response = client.post(respond_url(notice), form_data(email=email))
    assert response.status_code == 400
    html = response.content.decode()
    assert "dài 301 ký tự; chỉ được tối đa 254 ký tự." in html
    assert f'value="{email}"' in html and "Tôi đồng ý với danh sách." in html
    assert not NoticeResponse.objects.exists()


def test_a_phone_number_with_a_line_break_is_refused(client, notice):
    """Issue 22, defect 8: the phone pattern's `$` matched before a final line break."""
    response = client.post(respond_url(notice), form_data(phone="0912 345 678\n"))
    assert response.status_code == 400
    assert "Số điện thoại chỉ gồm chữ số, ví dụ 0215 3825 123." in response.content.decode()
    assert not NoticeResponse.objects.exists()


def test_over_the_limit_per_ip_a_reader_reads_when_to_try_again(client, notice, settings):
    settings.WAGTAIL_EMULATION_COMMENDATIONS_RESPONSE_RATE_LIMIT_PER_IP = (1, 3600)
    assert client.post(respond_url(notice), form_data()).status_code == 302
    again = client.post(respond_url(notice), form_data(phone="0987 654 321", body="Lần hai."))
    assert again.status_code == 429 and 0 < int(again["Retry-After"]) <= 3600
    html = again.content.decode()
    assert "Vui lòng thử lại sau 60 phút." in html and "Lần hai.</textarea>" in html
