"""The demo portal read on a phone and on a common laptop screen: the candidates of a notice as
cards, a one-row main menu, a compact header and article tool bar, a sort select wide enough
for its longest option."""

import pytest

from .test_accessibility import demo_page_path

pytestmark = pytest.mark.browser


def screen(browser, width, height=800, **options):
    return browser.new_context(
        viewport={"width": width, "height": height}, locale="vi-VN", **options
    )


def test_the_candidates_of_a_notice_are_cards_on_a_phone(portal, browser):
    context = screen(browser, 360, 740)
    page = context.new_page()
    page.goto(portal + demo_page_path("wagtail_emulation_commendations", "CandidateNoticePage"))
    rows = page.locator(".commendations-table tbody tr")
    assert rows.count() >= 1
    cells = rows.first.locator("th, td")
    boxes = [cell.bounding_box() for cell in cells.all()]
    # Stacked: each cell under the one before it, about as wide as the card.
    for above, below in zip(boxes, boxes[1:], strict=False):
        assert below["y"] >= above["y"] + above["height"] - 1, (above, below)
    assert min(box["width"] for box in boxes) >= 250
    # Each value is preceded by its column's name.
    label = cells.nth(3).evaluate("cell => getComputedStyle(cell, '::before').content")
    assert "Danh hiệu" in label or "hình thức" in label, label
    context.close()


def test_the_main_menu_is_one_row_at_1366_px(portal, browser):
    context = screen(browser, 1366, 768)
    page = context.new_page()
    page.goto(portal + "/")
    tops = page.evaluate(
        "[...document.querySelectorAll('.portal-nav__list > li')].map(item => item.offsetTop)"
    )
    assert len(tops) >= 8
    assert len(set(tops)) == 1, tops
    context.close()


def test_the_article_starts_near_the_top_on_a_phone(portal, browser):
    context = screen(browser, 360, 740)
    page = context.new_page()
    page.goto(portal + demo_page_path("wagtail_emulation_news", "NewsPage"))
    header = page.locator(".portal-header").bounding_box()
    tools = page.locator("main .emulation-article-tools").first.bounding_box()
    heading = page.locator("main h1").first.bounding_box()
    assert header["height"] <= 160, header
    assert tools["height"] <= 110, tools
    assert heading["y"] <= 350, heading
    context.close()


@pytest.mark.parametrize("width", [320, 768, 1366])
def test_the_library_sort_select_shows_its_longest_option(portal, browser, width):
    context = screen(browser, width)
    page = context.new_page()
    page.goto(
        portal + demo_page_path("wagtail_emulation_legal_documents", "LegalDocumentIndexPage")
    )
    select = page.locator("select[name=sort]")
    select.select_option("newest")
    fits = select.evaluate(
        """select => {
          const probe = document.createElement("span");
          const style = getComputedStyle(select);
          probe.textContent = select.options[select.selectedIndex].text;
          probe.style.font = style.font;
          probe.style.position = "absolute";
          document.body.append(probe);
          const text = probe.getBoundingClientRect().width;
          probe.remove();
          const room = select.clientWidth - parseFloat(style.paddingLeft)
            - parseFloat(style.paddingRight) - 24;  // the arrow
          return [text, room];
        }"""
    )
    assert fits[0] <= fits[1], fits
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()
