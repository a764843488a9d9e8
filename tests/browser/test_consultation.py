"""Draft consultation in a real browser: a reader comments on Điều 3 of the demo's open draft,
with JavaScript (the form opens in place beside the article) and without it; after the window
the summary report shows the agency's reply; axe on the draft page and the form."""

import re

import pytest
from playwright.sync_api import expect

from .axe import assert_no_axe_violations

pytestmark = pytest.mark.browser


@pytest.fixture
def open_draft(portal, settings):
    from wagtail_emulation.consultation.models import DraftPage

    settings.WAGTAIL_EMULATION_CONSULTATION_MIN_FILL_SECONDS = 0
    draft = next(page for page in DraftPage.objects.live().specific() if page.is_open)
    return draft, portal + draft.url


def fill_opinion(page, body):
    page.get_by_role("textbox", name="Nội dung góp ý").fill(body)
    page.get_by_role("textbox", name="Họ và tên").fill("Quàng Văn Tiến")
    page.get_by_role("textbox", name="Địa chỉ thư điện tử").fill("tien@example.vn")
    page.get_by_role("textbox", name="Mã xác thực").fill("PASSED")
    page.get_by_role("checkbox", name=re.compile("Tôi đồng ý")).check()


def test_opinion_on_article_3_in_place_waits_for_moderation(open_draft, page):
    from wagtail_emulation.consultation.models import DraftOpinion

    draft, url = open_draft
    page.goto(url)
    article = page.locator("#dieu-3")
    article.get_by_role("link", name="Góp ý Điều 3").click()
    form = article.locator("form[data-opinion-form]")
    expect(form).to_be_visible()
    expect(page.locator("#id_article")).to_have_value(draft.articles[2].key)
    body = "Đề nghị nêu rõ thời hạn giữ bí mật thông tin."
    fill_opinion(page, body)
    page.locator("#id_captcha_1").fill("sai")
    form.get_by_role("button", name="Gửi ý kiến").click()
    expect(article.get_by_role("alert")).to_contain_text("Mã xác thực không đúng.")
    expect(page.locator("#id_body")).to_have_value(body)  # nothing typed is lost
    page.locator("#id_captcha_1").fill("PASSED")
    article.get_by_role("button", name="Gửi ý kiến").click()
    expect(article.get_by_role("status")).to_contain_text("đang chờ kiểm duyệt")
    assert page.url == url
    opinion = DraftOpinion.objects.get(body=body)
    assert (opinion.status, opinion.article_label) == ("pending", "Điều 3")
    assert [e for e in page.console_errors if "status of 400" not in e] == []


def test_without_javascript_the_opinion_page_posts_and_returns(open_draft, browser):
    from wagtail_emulation.consultation.models import DraftOpinion

    _, url = open_draft
    context = browser.new_context(locale="vi-VN", java_script_enabled=False)
    page = context.new_page()
    page.goto(url)
    page.locator("#dieu-3").get_by_role("link", name="Góp ý Điều 3").click()
    assert "/emulation/consultation/" in page.url
    fill_opinion(page, "Góp ý không dùng JavaScript về Điều 3.")
    page.get_by_role("button", name="Gửi ý kiến").click()
    expect(page.get_by_role("status")).to_contain_text("đang chờ kiểm duyệt")
    page.get_by_role("link", name="Quay lại dự thảo").click()
    assert page.url.endswith("#dieu-3")
    assert (
        DraftOpinion.objects.get(body="Góp ý không dùng JavaScript về Điều 3.").article_label
        == "Điều 3"
    )
    context.close()


def test_the_closed_draft_shows_its_report_and_refuses_opinions(portal, page):
    from wagtail_emulation.consultation.models import DraftPage

    closed = next(p for p in DraftPage.objects.live().specific() if p.report_shown)
    page.goto(portal + closed.url)
    report = page.locator("[data-draft-report]")
    expect(report).to_contain_text("Báo cáo tổng hợp, tiếp thu, giải trình ý kiến")
    expect(report).to_contain_text("Tiếp thu một phần")
    assert page.get_by_role("link", name=re.compile("^Góp ý")).count() == 0
    assert_no_axe_violations(page)


def test_draft_page_and_form_pass_axe_at_320px(open_draft, page):
    draft, url = open_draft
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(url)
    assert_no_axe_violations(page)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320
    page.goto(url.split(draft.url)[0] + f"/emulation/consultation/{draft.pk}/")
    page.get_by_role("button", name="Gửi ý kiến").click()  # with every error shown
    expect(page.get_by_role("alert")).to_be_visible()
    assert_no_axe_violations(page)
