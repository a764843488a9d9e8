"""Star ratings in Chromium: voting by keyboard alone, in place and without JavaScript."""

import re

import pytest

from .axe import assert_no_axe_violations

pytestmark = pytest.mark.browser

WIDGET = '[data-emulation="rating"]'


@pytest.fixture
def rated_path(portal):
    """The path of a demo page that takes ratings (its type has RatablePageMixin)."""
    from wagtail.models import Site

    from example_site.portal.demo.ratings import ratable_pages

    pages = ratable_pages(Site.objects.get(is_default_site=True).root_page)
    assert pages, "the demo has no page that takes ratings"
    return pages[0].url


def tab_into_the_stars(page, limit=400):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            "document.activeElement.matches('[data-emulation=\"rating\"] input[name=score]')"
        ):
            return
    raise AssertionError("Tab never reached the rating stars")


def test_vote_by_keyboard_only_updates_the_figures_in_place(portal, page, rated_path, artifacts):
    page.goto(portal + rated_path)
    widget = page.locator(WIDGET)
    page.wait_for_function("document.querySelector('[data-emulation=\"rating\"]').dataset.enhanced")
    count_before = int(widget.get_attribute("data-count"))

    tab_into_the_stars(page)
    focused_label = page.locator(f"{WIDGET} input:focus + label")
    assert focused_label.evaluate("label => getComputedStyle(label).outlineStyle") != "none"
    page.keyboard.press("Space")  # check the first star
    for _ in range(3):
        page.keyboard.press("ArrowRight")  # the radio group moves the choice: 4 stars
    assert widget.locator("input:checked").get_attribute("value") == "4"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "submit"
    page.keyboard.press("Enter")

    status = widget.locator("[data-rating-status]")
    status.filter(has_text="Cảm ơn bạn đã đánh giá trang này.").wait_for()
    assert int(widget.get_attribute("data-count")) == count_before + 1
    summary = widget.locator("[data-rating-summary]").inner_text()
    assert re.fullmatch(r"lượt đánh giá: [\d.]+, trung bình: \d,\d", summary)
    assert widget.locator("[data-rating-own]").inner_text() == (
        "Bạn đã đánh giá trang này 4 trên 5 sao."
    )
    widget.screenshot(path=str(artifacts / "rating-widget.png"))

    # A reload shows the reader's own score from the state endpoint, not from the HTML.
    page.reload()
    page.locator(f"{WIDGET} [data-rating-own]:not([hidden])").wait_for()
    assert widget.locator("input:checked").get_attribute("value") == "4"
    assert int(widget.get_attribute("data-count")) == count_before + 1
    assert page.console_errors == []


def test_widget_passes_axe(portal, page, rated_path):
    page.goto(portal + rated_path)
    page.wait_for_function("document.querySelector('[data-emulation=\"rating\"]').dataset.enhanced")

    assert_no_axe_violations(page, context=WIDGET)


GLYPH_STYLE = """glyph => {
  const style = getComputedStyle(glyph);
  return {color: style.color, fill: style.webkitTextFillColor};
}"""


def test_chosen_stars_stay_distinct_in_high_contrast(portal, page, rated_path):
    page.goto(portal + rated_path)
    page.wait_for_function("document.querySelector('[data-emulation=\"rating\"]').dataset.enhanced")
    page.get_by_role("button", name="Tương phản cao").click()
    assert page.locator("html").get_attribute("data-emulation-contrast") == "high"

    widget = page.locator(WIDGET)
    widget.locator("label.emulation-rating__star").nth(2).click()  # three stars
    page.mouse.move(0, 0)  # no hover preview
    assert widget.locator("input:checked").get_attribute("value") == "3"

    glyphs = widget.locator(".emulation-rating__glyph")
    chosen = [glyphs.nth(index).evaluate(GLYPH_STYLE) for index in range(3)]
    unchosen = [glyphs.nth(index).evaluate(GLYPH_STYLE) for index in range(3, 5)]
    # Chosen: filled, in the high-contrast yellow. Unchosen: an empty white outline.
    assert chosen == [{"color": "rgb(255, 235, 59)", "fill": "rgb(255, 235, 59)"}] * 3
    assert unchosen == [{"color": "rgb(255, 255, 255)", "fill": "rgba(0, 0, 0, 0)"}] * 2
    assert page.console_errors == []


def test_missing_choice_gets_a_translated_error_in_place(portal, page, rated_path):
    page.goto(portal + rated_path)
    page.wait_for_function("document.querySelector('[data-emulation=\"rating\"]').dataset.enhanced")

    page.locator(WIDGET).get_by_role("button", name="Gửi đánh giá").click()

    error = page.locator(f"{WIDGET} [data-rating-error]")
    error.filter(has_text="Hãy chọn từ 1 đến 5 sao rồi gửi đánh giá.").wait_for()
    assert page.console_errors == []


def test_without_javascript_the_form_posts_and_thanks_the_reader(portal, browser, rated_path):
    context = browser.new_context(java_script_enabled=False, locale="vi-VN")
    page = context.new_page()
    page.goto(portal + rated_path)
    widget = page.locator(WIDGET)
    count_before = int(widget.get_attribute("data-count"))

    widget.get_by_label("5 sao").check()
    widget.get_by_role("button", name="Gửi đánh giá").click()

    page.wait_for_url(re.compile(r"#emulation-rating-thanks-\d+$"))
    assert widget.locator(".emulation-rating__thanks").is_visible()
    assert int(widget.get_attribute("data-count")) == count_before + 1  # no HTML cache here
    context.close()
