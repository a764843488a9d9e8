"""Questions and answers in a browser: a reader without JavaScript asks, gets a code and looks
it up; once the answer is approved through the workflow, the lookup and the public page show
it. The section, the form, the lookup and a Q&A page pass axe and fit 320 px."""

import re

import pytest
from playwright.sync_api import expect

from .axe import assert_no_axe_violations

pytestmark = pytest.mark.browser


def demo_section():
    from wagtail_emulation.questions.models import QuestionIndexPage

    return QuestionIndexPage.objects.live().get(slug="hoi-dap-phap-luat")


def answer_and_approve(question):
    """An editor writes the answer; a leader of the demo's approving group approves it,
    which publishes it."""
    from django.contrib.auth import get_user_model

    from wagtail_emulation.questions.answers import start_answer

    users = get_user_model().objects
    editor = users.create_superuser("bientap", "bientap@example.vn", "x")
    leader = users.create_user("lanhdao", "lanhdao@example.vn", "x")
    page = start_answer(question, user=editor)
    page.answer = "<p>Bạn đăng ký khai sinh cho con tại Ủy ban nhân dân cấp xã nơi cư trú.</p>"
    page.answered_by = "Phòng Hành chính tư pháp"
    page.save_revision(user=editor)
    state = page.get_workflow().start(page, editor)
    task_state = state.current_task_state
    task = task_state.task.specific
    leader.groups.set(task.groups.all())
    assert "approve" in [name for name, *_ in task.get_actions(page, leader)]
    task.on_action(task_state, leader, "approve")
    page.refresh_from_db()
    return page


def test_a_reader_asks_and_follows_the_answer_without_javascript(portal, browser):
    from wagtail_emulation.questions.models import Question

    section = demo_section()
    context = browser.new_context(locale="vi-VN", java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(portal + section.url)
        page.get_by_role("link", name="Gửi câu hỏi").click()
        page.get_by_label("Lĩnh vực").select_option(label="Hộ tịch")
        page.get_by_role("textbox", name="Tiêu đề").fill("Khai sinh cho con sinh ở tỉnh khác")
        page.get_by_role("textbox", name="Câu hỏi của bạn").fill(
            "Con tôi sinh ở bệnh viện tỉnh khác, tôi khai sinh cho cháu ở đâu?"
        )
        page.get_by_role("textbox", name="Họ và tên").fill("Lò Văn Minh")
        page.get_by_role("textbox", name="Thư điện tử").fill("minh@example.vn")
        page.locator("#id_captcha_1").fill("PASSED")
        page.locator("#id_consent").check()
        page.wait_for_timeout(3100)  # the form refuses what a script sends back at once
        page.get_by_role("button", name="Gửi câu hỏi").click()
        expect(page.get_by_text("Câu hỏi của bạn đã được tiếp nhận").first).to_be_visible()
        code = page.locator(".questions-code--large").inner_text()
        assert re.fullmatch(r"[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}", code)

        page.get_by_role("link", name="Tra cứu câu hỏi đã gửi").click()
        page.get_by_role("textbox", name="Mã tra cứu").fill(code.lower())
        page.get_by_role("button", name="Tra cứu").click()
        expect(page.get_by_text("Đã tiếp nhận")).to_be_visible()

        published = answer_and_approve(Question.objects.get(email="minh@example.vn"))

        page.get_by_role("textbox", name="Mã tra cứu").fill(code)
        page.get_by_role("button", name="Tra cứu").click()
        expect(page.get_by_text("Đã trả lời")).to_be_visible()
        expect(page.get_by_text("tại Ủy ban nhân dân cấp xã nơi cư trú")).to_be_visible()
        page.get_by_role("link", name="Xem câu hỏi và câu trả lời đã đăng").click()
        page.wait_for_url(portal + published.url)
        expect(page.get_by_text("tại Ủy ban nhân dân cấp xã nơi cư trú")).to_be_visible()
        assert "Lò Văn Minh" not in page.content() and "minh@example.vn" not in page.content()
    finally:
        context.close()


@pytest.mark.parametrize("which", ["section", "ask", "lookup", "answer"])
def test_the_pages_pass_axe_and_fit_320_px(portal, browser, which):
    from wagtail_emulation.questions.models import QuestionPage

    section = demo_section()
    urls = {
        "section": section.url,
        "ask": section.ask_url(),
        "lookup": section.lookup_url(),
        "answer": QuestionPage.objects.live().public().child_of(section).first().url,
    }
    for width in (1280, 320):
        context = browser.new_context(locale="vi-VN", viewport={"width": width, "height": 800})
        page = context.new_page()
        try:
            assert page.goto(portal + urls[which]).status == 200
            if which == "lookup":  # with a result shown, and with a wrong code
                page.get_by_role("textbox", name="Mã tra cứu").fill("ABCD-EFGH")
                with page.expect_navigation():
                    page.get_by_role("button", name="Tra cứu").click()
            assert_no_axe_violations(page)
            assert page.evaluate("document.documentElement.scrollWidth") <= width
        finally:
            context.close()
