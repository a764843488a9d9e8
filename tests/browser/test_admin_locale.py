"""The Wagtail admin in Vietnamese: the publishing-schedule picker starts weeks on Monday and
writes dates day-first, and the editor's screens speak Vietnamese."""

import datetime

import pytest

pytestmark = pytest.mark.browser


def test_schedule_picker_is_monday_first_and_day_first(portal, editor_page):
    from wagtail.models import Page

    page = editor_page
    about = Page.objects.get(slug="gioi-thieu")
    page.goto(f"{portal}/admin/pages/{about.pk}/edit/")
    assert page.get_by_role("button", name="Lưu bản nháp").is_visible()

    page.get_by_role("button", name="Bật/tắt trạng thái").click()
    page.get_by_role("button", name="Đặt lịch").first.click()
    page.get_by_role("heading", name="Đặt lịch xuất bản").wait_for()
    page.locator("#id_go_live_at").click()
    picker = page.locator(".xdsoft_datetimepicker:visible")
    picker.locator(".xdsoft_calendar th").first.wait_for()
    headers = picker.locator(".xdsoft_calendar th").all_inner_texts()
    assert headers[0] == "Thứ 2" and headers[-1] == "Chủ nhật"

    picker.locator(".xdsoft_date:not(.xdsoft_other_month)").nth(4).click()  # the 5th
    value = page.input_value("#id_go_live_at")
    today = datetime.date.today()
    assert value.startswith("05/"), value
    day, month, rest = value.split("/", 2)
    assert int(month) in {today.month, today.month % 12 + 1}  # the month the picker shows
    assert len(rest) == len("2026 10:13")
