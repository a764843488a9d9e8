"""The commendation pages in a browser: a decision's own page and the response form of the
open demo notice pass axe, and the form is sent with JavaScript turned off."""

import pytest
from playwright.sync_api import expect

from .axe import assert_no_axe_violations

pytestmark = pytest.mark.browser


def open_notice():
    from wagtail_emulation.commendations.models import CandidateNoticePage

    return next(page for page in CandidateNoticePage.objects.live() if page.is_open)


def test_decision_page_has_no_wcag_violations(portal, page):
    from wagtail_emulation.commendations.models import Decision, DecisionIndexPage

    register = DecisionIndexPage.objects.live().first()
    revoked = Decision.objects.get(number="41/QĐ-STP")
    response = page.goto(f"{portal}{register.url}{revoked.pk}/")
    assert response.status == 200
    expect(page.get_by_text("Quyết định này đã bị hủy bỏ.")).to_be_visible()
    assert_no_axe_violations(page)


def test_response_form_works_without_javascript(portal, browser):
    from django.urls import reverse

    from wagtail_emulation.commendations.models import NoticeResponse

    notice = open_notice()
    context = browser.new_context(locale="vi-VN", java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(portal + notice.url)
        page.get_by_role("link", name="Gửi ý kiến trực tuyến").click()
        assert page.url.endswith(
            reverse("wagtail_emulation:commendations:respond", args=[notice.pk])
        )
        page.get_by_role("textbox", name="Họ và tên").fill("Nguyễn Văn An")
        page.get_by_role("textbox", name="Số điện thoại").fill("0912 345 678")
        page.get_by_role("textbox", name="Địa chỉ", exact=True).fill("Tổ 5, phường Him Lam")
        page.get_by_role("textbox", name="Nội dung ý kiến").fill("Tôi đồng ý với danh sách.")
        page.locator("#id_captcha_1").fill("PASSED")
        page.locator("#id_consent").check()
        page.wait_for_timeout(3100)  # the form refuses what a script sends back at once
        page.get_by_role("button", name="Gửi ý kiến").click()
        expect(page.get_by_text("Cảm ơn bạn.")).to_be_visible()
    finally:
        context.close()
    assert NoticeResponse.objects.filter(full_name="Nguyễn Văn An").exists()


def test_response_form_page_passes_axe(portal, page):
    from django.urls import reverse

    notice = open_notice()
    page.goto(portal + reverse("wagtail_emulation:commendations:respond", args=[notice.pk]))
    assert_no_axe_violations(page)
