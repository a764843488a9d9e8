"""The search as a reader uses it in Chromium: from the header's box without JavaScript, and
the results, empty state and site map pass axe (WCAG 2.1 A/AA) in both display modes."""

import pytest

from .axe import assert_no_axe_violations

pytestmark = pytest.mark.browser

PATHS = {
    "results": "/search/?q=tong+ket+thi+dua",
    "filtered": "/search/?q=thi+dua&type=wagtail_emulation_news.newspage&date_from=99%2F99",
    "nothing-found": "/search/?q=xyzzy",
    "empty-query": "/search/",
    "site-map": "/so-do-trang/",
}


def test_the_header_box_finds_the_review_without_javascript(portal, browser):
    context = browser.new_context(java_script_enabled=False, locale="vi-VN")
    page = context.new_page()
    try:
        page.goto(portal + "/gioi-thieu/")
        box = page.get_by_role("search", name="Tìm kiếm trên cổng thông tin")
        box.get_by_role("searchbox").fill("tong ket thi dua")
        box.get_by_role("button", name="Tìm").click()
        page.wait_for_url("**/search/?q=tong+ket+thi+dua")
        first = page.locator(".emulation-search__result").first
        assert "Tổng kết phong trào thi đua giai đoạn 2021–2025" in first.inner_text()
        assert first.locator("h2 mark").all_inner_texts() == ["Tổng kết", "thi đua"]
        assert page.get_by_role("status").inner_text().startswith("Tìm thấy")
        page.get_by_role("link", name="Sơ đồ trang").click()
        assert page.get_by_role("heading", level=1).inner_text() == "Sơ đồ trang"
    finally:
        context.close()


@pytest.mark.parametrize("path", PATHS.values(), ids=PATHS.keys())
def test_search_pages_have_no_wcag_violations(portal, page, path):
    response = page.goto(portal + path)
    assert response.status == 200
    assert_no_axe_violations(page)
    assert page.console_errors == []


@pytest.mark.parametrize("path", [PATHS["results"], PATHS["site-map"]], ids=["results", "map"])
def test_high_contrast_search_pages_have_no_wcag_violations(portal, page, path):
    page.goto(portal + "/")
    page.evaluate(
        """() => {
          localStorage.setItem("wagtail-emulation:contrast", "high");
          localStorage.setItem("wagtail-emulation:text-size", "large");
        }"""
    )
    page.goto(portal + path)
    assert page.locator("html").get_attribute("data-emulation-contrast") == "high"
    assert_no_axe_violations(page)
