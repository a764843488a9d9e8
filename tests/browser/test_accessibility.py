"""WCAG 2.1 A/AA (axe-core) on every demo page type, in each reader-tools display mode, plus
landmarks, the skip link and visible keyboard focus.

PAGES lists one page of each kind the demo has; add a page type's demo page here as it lands.
"""

import pytest

from .axe import assert_no_axe_violations

pytestmark = pytest.mark.browser

PAGES = {
    "home": "/",
    "about": "/gioi-thieu/",
}


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_page_has_no_wcag_violations(portal, page, path):
    response = page.goto(portal + path)
    assert response.status == 200
    assert_no_axe_violations(page)
    assert page.console_errors == []


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_high_contrast_and_large_text_have_no_wcag_violations(portal, page, path):
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


def test_landmarks_and_skip_link(portal, page):
    page.goto(portal + "/gioi-thieu/")
    for role in ("banner", "navigation", "main", "complementary", "contentinfo"):
        assert page.get_by_role(role).count() >= 1, role
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Chuyển đến nội dung chính")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()  # it slides into view when focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_every_focusable_element_shows_a_focus_ring(portal, page):
    page.goto(portal + "/gioi-thieu/")
    seen = set()
    for _ in range(60):  # bounded: the page has fewer stops than this
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
              const element = document.activeElement;
              const style = getComputedStyle(element);
              return {
                key: [...document.querySelectorAll("*")].indexOf(element),
                html: element.outerHTML.slice(0, 120),
                ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
              };
            }"""
        )
        if focused["key"] in seen or focused["html"].startswith("<body"):
            break  # wrapped around
        seen.add(focused["key"])
        assert focused["ring"], f"no visible focus on {focused['html']}"
    assert len(seen) > 10


def test_the_axe_helper_reports_violations(portal, page):
    """The helper is not vacuous: a grey-on-white paragraph and an unlabelled input fail."""
    page.goto(portal + "/")
    page.evaluate(
        """() => document.querySelector("main").insertAdjacentHTML(
          "beforeend", '<p style="color:#aaa">Mờ</p><input type="text">')"""
    )
    with pytest.raises(AssertionError, match=r"color-contrast(.|\n)*label"):
        assert_no_axe_violations(page)
