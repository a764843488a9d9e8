"""Reader comments in a real browser: comment → "chờ duyệt" → approve in the admin → shown;
the no-JavaScript path; axe on the comment form."""

import re

import pytest
from playwright.sync_api import expect

from .axe import assert_no_axe_violations

pytestmark = pytest.mark.browser

PASSWORD = "mat-khau-thu-nghiem"


@pytest.fixture
def article(portal, settings):
    """A demo page with comments, and forms that may be sent at once (no fill-time wait)."""
    from wagtail_emulation.comments.models import ReaderComment

    settings.WAGTAIL_EMULATION_COMMENTS_MIN_FILL_SECONDS = 0
    comment = ReaderComment.objects.filter(status="approved").select_related("page").first()
    page = comment.page.specific
    return page, portal + page.url


def fill_comment(page, body):
    page.get_by_role("textbox", name="Họ và tên").fill("Đặng Thu Hà")
    page.get_by_role("textbox", name="Địa chỉ thư điện tử (không bắt buộc)").fill(
        "thuha@example.vn"
    )
    page.get_by_role("textbox", name="Nội dung bình luận").fill(body)
    page.get_by_role("textbox", name="Mã xác thực").fill("PASSED")
    page.get_by_role("checkbox", name=re.compile("Tôi đồng ý")).check()


def test_comment_waits_then_appears_after_approval(article, page, django_user_model, artifacts):
    from wagtail_emulation.comments.models import ReaderComment

    wagtail_page, url = article
    count_before = ReaderComment.objects.filter(page=wagtail_page, status="approved").count()
    page.goto(url)
    block = page.locator('[data-emulation="comments"]')
    expect(block.locator("h2")).to_have_text(f"Bình luận ({count_before})")
    block.get_by_role("link", name="Viết bình luận").click()
    expect(block.locator("form[data-comment-form]")).to_be_visible()
    expect(page.locator("#id_name")).to_be_focused()

    body = "Đề nghị Sở công bố lịch tiếp công dân\ncủa tháng sau."
    fill_comment(page, body)
    page.locator("#id_captcha_1").fill("sai-ma")
    block.get_by_role("button", name="Gửi bình luận").click()
    expect(block.get_by_role("alert")).to_contain_text("Mã xác thực không đúng.")
    expect(page.locator("#id_body")).to_have_value(body)  # nothing typed is lost
    page.locator("#id_captcha_1").fill("PASSED")
    block.get_by_role("button", name="Gửi bình luận").click()
    expect(block.get_by_role("status")).to_contain_text("đang chờ duyệt")
    assert page.url == url  # submitted in place
    comment = ReaderComment.objects.get(body=body)
    assert comment.status == "pending"
    page.screenshot(path=str(artifacts / "comments-waiting.png"), full_page=True)

    django_user_model.objects.create_superuser("quantri", "quantri@so.gov.vn", PASSWORD)
    admin = page.context.new_page()
    admin.goto(url.split(wagtail_page.url)[0] + "/admin/login/")
    admin.locator("#id_username").fill("quantri")
    admin.locator("#id_password").fill(PASSWORD)
    admin.locator("#id_password").press("Enter")
    admin.wait_for_url(re.compile(r"/admin/$"))
    expect(admin.get_by_text(re.compile(r"bình luận đang chờ duyệt"))).to_be_visible()
    admin.goto(url.split(wagtail_page.url)[0] + "/admin/wagtail_emulation_comments/?status=pending")
    admin.get_by_role("link", name="Đặng Thu Hà").click()
    expect(admin.get_by_text("thuha@example.vn")).to_be_visible()  # moderators see the e-mail
    admin.locator("#id_status").select_option("approved")
    admin.locator("#id_official_reply").fill("Lịch tiếp công dân được đăng vào ngày 25 hằng tháng.")
    admin.locator("form button[type=submit]").filter(has_text=re.compile("Lưu")).first.click()
    admin.wait_for_url(re.compile(r"/admin/wagtail_emulation_comments/(\?.*)?$"))

    page.goto(url)
    block = page.locator('[data-emulation="comments"]')
    expect(block.locator("h2")).to_have_text(f"Bình luận ({count_before + 1})")
    last = block.locator(".emulation-comment").last
    expect(last).to_contain_text("Đặng Thu Hà")
    expect(last.locator(".emulation-comment__body").first).to_contain_text("lịch tiếp công dân")
    assert "<br>" in last.locator(".emulation-comment__body").first.inner_html()
    expect(last.locator(".emulation-comment__reply")).to_contain_text("ngày 25 hằng tháng")
    assert "thuha@example.vn" not in page.content()
    page.screenshot(path=str(artifacts / "comments-approved.png"), full_page=True)
    # The one expected network error: the wrong captcha's 400 answer (the form re-rendered).
    assert [e for e in page.console_errors if "status of 400" not in e] == []


def test_without_javascript_the_comment_page_posts_and_returns(article, browser):
    _, url = article
    context = browser.new_context(locale="vi-VN", java_script_enabled=False)
    page = context.new_page()
    page.goto(url)
    page.locator('[data-emulation="comments"]').get_by_role("link", name="Viết bình luận").click()
    assert "/emulation/comments/" in page.url
    fill_comment(page, "Góp ý không dùng JavaScript.")
    page.locator("#id_captcha_1").fill("sai")
    page.get_by_role("button", name="Gửi bình luận").click()
    expect(page.get_by_role("alert")).to_contain_text("Mã xác thực không đúng.")
    expect(page.locator("#id_body")).to_have_value("Góp ý không dùng JavaScript.")
    expect(page.locator("#id_consent")).to_be_checked()
    page.get_by_role("button", name="Đổi mã khác").click()  # a new picture, text kept
    expect(page.locator("#id_body")).to_have_value("Góp ý không dùng JavaScript.")
    page.locator("#id_captcha_1").fill("PASSED")
    page.get_by_role("button", name="Gửi bình luận").click()
    assert page.url.startswith(url) and "binh-luan-gui=cho-duyet" in page.url
    block = page.locator('[data-emulation="comments"]')
    expect(block.get_by_role("status")).to_contain_text("đang chờ duyệt")
    context.close()


def test_comment_form_page_passes_axe(article, page):
    wagtail_page, url = article
    page.goto(url.split(wagtail_page.url)[0] + f"/emulation/comments/{wagtail_page.pk}/")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Gửi bình luận").click()  # with every error shown
    expect(page.get_by_role("alert")).to_be_visible()
    assert_no_axe_violations(page)


def test_comments_block_and_loaded_form_pass_axe(article, page):
    _, url = article
    page.goto(url)
    block = page.locator('[data-emulation="comments"]')
    block.get_by_role("link", name="Viết bình luận").click()
    expect(block.locator("form[data-comment-form]")).to_be_visible()
    assert_no_axe_violations(page, context='[data-emulation="comments"]')


def test_new_code_button_swaps_the_picture_in_place(article, page):
    _, url = article
    page.goto(url)
    block = page.locator('[data-emulation="comments"]')
    block.get_by_role("link", name="Viết bình luận").click()
    page.locator("#id_body").fill("Giữ nguyên chữ này")
    image = block.locator("[data-captcha-image]")
    before = image.get_attribute("src")
    block.get_by_role("button", name="Đổi mã khác").click()
    expect(image).not_to_have_attribute("src", before)
    expect(page.locator("#id_captcha_1")).to_be_focused()
    expect(page.locator("#id_body")).to_have_value("Giữ nguyên chữ này")
    assert not page.console_errors
