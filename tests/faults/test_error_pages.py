"""Every error a reader can meet is Vietnamese (HTML, or JSON for JSON clients), and the error
pages themselves need neither the database nor the cache."""

import pytest
from django.test import Client
from django.urls import reverse

from wagtail_emulation.news.models import NewsPage

from .database import database_down

JSON = {"HTTP_ACCEPT": "application/json"}


def _vietnamese_page(response, status, text):
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert f"Lỗi {status}" in html
    assert text in html
    return html


def _json_error(response, status, code):
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    error = response.json()["error"]
    assert error["code"] == code
    return error["message"]


def test_an_unknown_address_answers_a_vietnamese_404(demo, client):
    _vietnamese_page(client.get("/khong-co-trang-nay/"), 404, "Không tìm thấy trang")
    message = _json_error(client.get("/khong-co-trang-nay/", **JSON), 404, "not_found")
    assert message == "Trang bạn tìm không tồn tại hoặc đã được chuyển đi nơi khác."


def test_the_comment_views_404_is_a_vietnamese_page(demo, client):
    url = reverse("wagtail_emulation:comments:page", args=[2**40])  # no such page
    _vietnamese_page(client.get(url), 404, "Không tìm thấy trang")


def test_a_csrf_failure_is_a_vietnamese_page(demo):
    article = NewsPage.objects.live().first()
    url = reverse("wagtail_emulation:comments:page", args=[article.pk])
    reader = Client(enforce_csrf_checks=True)
    html = _vietnamese_page(reader.post(url, {"name": "An"}), 403, "Biểu mẫu đã hết hạn")
    assert "tải lại trang" in html
    assert _json_error(reader.post(url, {"name": "An"}, **JSON), 403, "csrf_failed")


@pytest.fixture
def comment_url(demo):
    article = NewsPage.objects.live().first()
    return reverse("wagtail_emulation:comments:page", args=[article.pk])


def test_an_oversized_body_is_a_vietnamese_400(comment_url, client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    data = {"name": "An", "body": "x" * 2000}
    _vietnamese_page(client.post(comment_url, data), 400, "Dữ liệu gửi lên quá lớn")
    assert _json_error(client.post(comment_url, data, **JSON), 400, "request_too_large")


def test_too_many_fields_is_a_vietnamese_400(comment_url, client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 5
    data = {f"field{n}": "x" for n in range(10)}
    _vietnamese_page(client.post(comment_url, data), 400, "quá nhiều trường")
    assert _json_error(client.post(comment_url, data, **JSON), 400, "too_many_fields")


def test_a_broken_multipart_body_is_a_vietnamese_400(comment_url, client):
    response = client.generic(
        "POST", comment_url, b"--x\r\nnot a part", content_type="multipart/form-data; boundary="
    )
    _vietnamese_page(response, 400, "Không đọc được dữ liệu của biểu mẫu")


def test_a_null_character_in_a_comment_is_refused_in_vietnamese(comment_url, client):
    response = client.post(comment_url, {"name": "An\x00", "body": "Nội dung\x00"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Hãy xoá ký tự rỗng (mã 0, không nhìn thấy) khỏi ô này." in html
    assert "Null characters are not allowed." not in html


def test_a_server_error_is_a_vietnamese_500(comment_url, monkeypatch):
    def broken(request):
        raise RuntimeError("a bug")

    monkeypatch.setattr("wagtail_emulation.comments.views.comment_settings", broken)
    reader = Client(raise_request_exception=False)
    _vietnamese_page(reader.get(comment_url), 500, "Hệ thống gặp sự cố")
    assert _json_error(reader.get(comment_url, **JSON), 500, "server_error")


def test_database_down_is_a_vietnamese_503_with_retry_after(demo, monkeypatch):
    article = NewsPage.objects.live().first()
    url = article.url  # reading the address needs the database too
    reader = Client(raise_request_exception=False)
    with database_down(monkeypatch):
        page = reader.get(url)
        state = reader.get(f"/emulation/state/{article.pk}/", **JSON)
        missing = reader.get("/khong-co-trang-nay/")
    _vietnamese_page(page, 503, "Cổng thông tin tạm thời không truy cập được dữ liệu")
    assert int(page["Retry-After"]) > 0
    assert "no-store" in page["Cache-Control"]
    assert _json_error(state, 503, "unavailable")
    assert missing.status_code == 503  # finding out that it is missing needs the database


def test_error_pages_render_without_the_database(db, monkeypatch, rf):
    from wagtail_emulation import errors

    with database_down(monkeypatch):
        for view, status in [
            (errors.bad_request, 400),
            (errors.permission_denied, 403),
            (errors.page_not_found, 404),
            (errors.csrf_failure, 403),
        ]:
            assert view(rf.get("/")).status_code == status
        assert errors.server_error(rf.get("/")).status_code == 500
        assert errors.service_unavailable(rf.get("/")).status_code == 503
