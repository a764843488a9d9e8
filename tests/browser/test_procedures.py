"""The procedure catalogue in a browser on a 320 px phone: a reader filters by field, opens a
procedure and finds its facts, with nothing wider than the screen and no axe violation."""

import re

import pytest
from playwright.sync_api import expect

from .axe import assert_no_axe_violations

pytestmark = pytest.mark.browser


def test_a_reader_filters_the_catalogue_and_opens_a_procedure_on_a_phone(portal, browser):
    context = browser.new_context(viewport={"width": 320, "height": 800}, locale="vi-VN")
    page = context.new_page()
    try:
        page.goto(portal + "/thu-tuc-hanh-chinh/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert_no_axe_violations(page)
        page.get_by_label("Lĩnh vực").select_option(label="Lý lịch tư pháp")
        page.get_by_label("Cấp thực hiện").select_option(label="Cấp tỉnh")
        page.locator("main form[method=get] [type=submit]").first.click()
        page.wait_for_load_state()
        assert "field=" in page.url and "level=province" in page.url
        titles = page.locator(".procedure-catalogue__title").all_inner_texts()
        assert len(titles) == 3 and all("lý lịch tư pháp" in title for title in titles)
        page.get_by_role("link", name="Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("^Cấp Phiếu"))
        expect(page.get_by_text("200.000 đồng/lần")).to_be_visible()
        online = page.locator("#procedure").get_by_role("link", name="Cổng Dịch vụ công quốc gia")
        assert "ma_thu_tuc=1.990009.000.00.00.H99" in online.get_attribute("href")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert_no_axe_violations(page)
    finally:
        context.close()
