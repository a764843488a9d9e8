"""The demo portal on a phone: no sideways scrolling, controls big enough to tap, a header whose
parts do not overlap and a main menu that opens without JavaScript.

One demo load per test: every page type is checked at every width in the same test, and a
failure lists them all.
"""

import pytest

from .test_accessibility import PAGE_TYPES, demo_page_path

pytestmark = pytest.mark.browser

PHONE_PAGE_TYPES = [*PAGE_TYPES, ("site-map", "wagtail_emulation_site_search", "SiteMapPage")]
SEARCH_PATH = "/search/?q=thi+dua"
WIDTHS = [320, 390, 768]
# WCAG 2.5.5 (target size, enhanced): 44 by 44 CSS pixels.
TOUCH = 44

# Controls, and links laid out as blocks (menus, breadcrumbs, pagination, tool bars). A link
# inside a sentence or a title is exempt, as WCAG's "inline" exception says. Visually hidden
# elements (inside a 1 px box) are not targets.
SMALL_TARGETS = """() => {
  const hidden = (element) => {
    for (let node = element; node; node = node.parentElement) {
      const box = node.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) return true;
    }
    return false;
  };
  const controls = 'button, select, textarea, summary, '
    + 'input:not([type=hidden], [type=checkbox], [type=radio]), a[href]';
  return [...document.querySelectorAll(controls)].filter((element) => {
    if (!element.checkVisibility() || hidden(element)) return false;
    if (element.matches("a") && getComputedStyle(element).display === "inline") return false;
    const box = element.getBoundingClientRect();
    const tooNarrow = !element.matches("a, input, select, textarea") && box.width < TOUCH;
    return box.height < TOUCH - 0.5 || tooNarrow;
  }).map((element) => element.outerHTML.slice(0, 100));
}""".replace("TOUCH", str(TOUCH))


@pytest.fixture
def phone_paths(portal):
    paths = {name: demo_page_path(*rest) for name, *rest in PHONE_PAGE_TYPES}
    return {**paths, "search": SEARCH_PATH}


def phone(browser, width, **options):
    return browser.new_context(viewport={"width": width, "height": 800}, locale="vi-VN", **options)


def test_no_page_scrolls_sideways(portal, browser, phone_paths):
    wider = []
    for width in WIDTHS:
        context = phone(browser, width)
        page = context.new_page()
        for name, path in phone_paths.items():
            assert page.goto(portal + path).status == 200, path
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            if scroll_width > page.evaluate("window.innerWidth"):
                wider.append(f"{name} at {width} px: {scroll_width} px wide")
        context.close()
    assert wider == []


def test_controls_are_touch_sized_on_a_phone(portal, browser, phone_paths):
    context = phone(browser, 320)
    page = context.new_page()
    small = {}
    for name, path in phone_paths.items():
        page.goto(portal + path)
        found = page.evaluate(SMALL_TARGETS)
        if found:
            small[name] = found
    context.close()
    assert small == {}


def test_the_header_parts_do_not_overlap_at_320_px(portal, browser):
    context = phone(browser, 320)
    page = context.new_page()
    page.goto(portal + "/")
    header = page.locator(".portal-header")
    parts = header.locator(
        ".emulation-agency__parent, .emulation-agency__name, .emulation-agency__date, "
        "input[type=search], button, summary"
    )
    boxes = [part.bounding_box() for part in parts.all() if part.is_visible()]
    assert len(boxes) >= 8  # names, date, search field and button, reader tools, menu toggle
    for box in boxes:
        assert box["x"] >= 0 and box["x"] + box["width"] <= 320, box
    for index, first in enumerate(boxes):
        for second in boxes[index + 1 :]:
            apart = (
                first["x"] + first["width"] <= second["x"]
                or second["x"] + second["width"] <= first["x"]
                or first["y"] + first["height"] <= second["y"]
                or second["y"] + second["height"] <= first["y"]
            )
            assert apart, (first, second)
    context.close()


def test_the_main_menu_opens_without_javascript(portal, browser):
    context = phone(browser, 390, java_script_enabled=False)
    page = context.new_page()
    page.goto(portal + "/")
    menu = page.get_by_role("navigation", name="Menu chính")
    news = menu.get_by_role("link", name="Tin tức")
    assert not news.is_visible()
    menu.locator("summary").focus()
    page.keyboard.press("Enter")
    assert news.is_visible()
    news.click()
    page.wait_for_url("**/tin-tuc/")
    context.close()


def test_the_main_menu_is_open_on_a_wide_screen(portal, browser):
    context = phone(browser, 1280, java_script_enabled=False)
    page = context.new_page()
    page.goto(portal + "/")
    menu = page.get_by_role("navigation", name="Menu chính")
    assert not menu.locator("summary").is_visible()
    assert menu.get_by_role("link", name="Tin tức").is_visible()
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")
    focused = [page.evaluate("document.activeElement.textContent.trim()")]
    for _ in range(12):  # bounded: header controls, then the menu
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.textContent.trim()"))
    assert "Tin tức" in focused  # the forced-open menu is reachable by keyboard
    context.close()


def test_a_long_word_or_address_wraps_inside_the_column(portal, browser):
    """An editor's pasted address or an unbroken compound must not widen the page."""
    context = phone(browser, 320)
    page = context.new_page()
    page.goto(portal + demo_page_path("wagtail_emulation_news", "NewsPage"))
    page.evaluate(
        """() => document.querySelector(".emulation-article__body").insertAdjacentHTML(
          "beforeend",
          "<p>https://dichvucong.example.vn/" + "thu-tuc-hanh-chinh-".repeat(20) + "</p>"
          + "<p>" + "Nghịchđảođườngdàikhôngdấucách".repeat(8) + "</p>")"""
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()
