"""The agency's pages in a browser: a reader on a 320 px phone reaches the director's phone
and e-mail in two clicks from the home page, and a unit's page passes axe at that width."""

import pytest

from .axe import assert_no_axe_violations

pytestmark = pytest.mark.browser


def test_the_directors_contacts_are_two_clicks_from_home_on_a_phone(portal, browser):
    context = browser.new_context(viewport={"width": 320, "height": 800}, locale="vi-VN")
    page = context.new_page()
    try:
        page.goto(portal + "/")
        # Click 1: "Lãnh đạo" in the home page's "Giới thiệu" section.
        page.get_by_role("main").get_by_role("link", name="Lãnh đạo", exact=True).click()
        director = page.get_by_role("article", name="Nguyễn Văn Minh (minh họa)")
        phone = director.get_by_role("link", name="0215 3000 001")
        mail = director.get_by_role("link", name="giamdoc.stp@example.com")
        assert phone.is_visible() and mail.is_visible()
        assert phone.get_attribute("href") == "tel:02153000001"
        # Click 2 saves the contact card.
        with page.expect_download() as download:
            director.get_by_role("link", name="vCard").click()
        assert download.value.suggested_filename == "nguyen-van-minh-minh-hoa.vcf"
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert_no_axe_violations(page)
    finally:
        context.close()


def test_a_units_page_and_the_chart_pass_axe_on_a_phone(portal, browser):
    context = browser.new_context(viewport={"width": 320, "height": 800}, locale="vi-VN")
    page = context.new_page()
    try:
        page.goto(portal + "/gioi-thieu/co-cau-to-chuc/")
        assert_no_axe_violations(page)
        page.get_by_role("link", name="Trung tâm Trợ giúp pháp lý nhà nước (minh họa)").click()
        assert page.get_by_role("heading", level=1).inner_text().startswith("Trung tâm Trợ giúp")
        assert page.get_by_role("link", name="Chi nhánh Trợ giúp pháp lý số 1 (minh họa)")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert_no_axe_violations(page)
    finally:
        context.close()


def test_the_directors_contacts_are_two_clicks_from_home_in_english(english_portal, browser):
    context = browser.new_context(viewport={"width": 320, "height": 800}, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(english_portal + "/")
        assert page.locator("html").get_attribute("lang") == "vi"
        # Click 1: the language switcher in the header.
        page.get_by_role("navigation", name="Ngôn ngữ").get_by_role("link", name="English").click()
        page.wait_for_url(english_portal + "/en/")
        assert page.locator("html").get_attribute("lang") == "en"
        # Click 2: "Leaders and contacts" in the English home page's "About us" section.
        page.get_by_role("main").get_by_role("link", name="Leaders and contacts").click()
        page.wait_for_url(english_portal + "/en/about-us/leaders/")
        assert page.locator("html").get_attribute("lang") == "en"
        director = page.get_by_role("article", name="Nguyễn Văn Minh (minh họa)")
        assert director.get_by_text("Director", exact=True).is_visible()
        phone = director.get_by_role("link", name="0215 3000 001")
        mail = director.get_by_role("link", name="giamdoc.stp@example.com")
        assert phone.is_visible() and mail.is_visible()
        assert phone.get_attribute("href") == "tel:02153000001"
        alternates = page.locator('link[rel="alternate"][hreflang]')
        assert {
            alternates.nth(i).get_attribute("hreflang"): alternates.nth(i).get_attribute("href")
            for i in range(alternates.count())
        } == {
            "vi": english_portal + "/gioi-thieu/lanh-dao/",
            "en": english_portal + "/en/about-us/leaders/",
            "x-default": english_portal + "/gioi-thieu/lanh-dao/",
        }
        # Back to Vietnamese from the same switcher: the page's own translation.
        page.get_by_role("navigation", name="Languages").get_by_role(
            "link", name="Tiếng Việt"
        ).click()
        page.wait_for_url(english_portal + "/gioi-thieu/lanh-dao/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        context.close()


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "/en/about-us/introduction/",
        "/en/about-us/organisation/",
        "/en/about-us/organisation/trung-tam-tro-giup-phap-ly-nha-nuoc-minh-hoa/",
        "/en/about-us/leaders/",
        "/en/administrative-procedures/",
    ],
)
def test_the_english_pages_pass_axe_on_a_phone(english_portal, browser, path):
    context = browser.new_context(viewport={"width": 320, "height": 800}, locale="en-GB")
    page = context.new_page()
    try:
        assert page.goto(english_portal + path).status == 200
        assert page.locator("html").get_attribute("lang") == "en"
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert_no_axe_violations(page)
    finally:
        context.close()
