"""Visit statistics in Chromium: the beacon counts a page view; the counters are accessible."""

import pytest

from .axe import assert_no_axe_violations

pytestmark = pytest.mark.browser

COUNTERS = '[data-emulation="visits"]'
# Headless Chromium says "HeadlessChrome", which the bot list rightly refuses to count.
DESKTOP_CHROME = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)


@pytest.fixture
def reader_page(browser):
    context = browser.new_context(locale="vi-VN", user_agent=DESKTOP_CHROME)
    tab = context.new_page()
    tab.console_errors = []
    tab.on(
        "console",
        lambda message: message.type == "error" and tab.console_errors.append(message.text),
    )
    tab.on("pageerror", lambda error: tab.console_errors.append(str(error)))
    yield tab
    context.close()


def _views_today(page_id):
    from django.utils import timezone

    from wagtail_emulation.visits.models import PageViewDaily

    row = PageViewDaily.objects.filter(page_id=page_id, date=timezone.localdate()).first()
    return row.views if row else 0


def _add_visits_today(visits):
    from django.utils import timezone
    from wagtail.models import Site

    from wagtail_emulation.visits.aggregates import add_site_figures

    add_site_figures(Site.objects.get(is_default_site=True).pk, timezone.localdate(), visits=visits)


def test_a_page_view_is_counted_by_the_beacon(portal, reader_page):
    page = reader_page
    from wagtail.models import Page

    about = Page.objects.get(slug="gioi-thieu")
    # The server keeps a snapshot of the figures now. (Wait for that page's own requests:
    # the test database is shared with the live server's threads.)
    with (
        page.expect_response(lambda response: "/emulation/visits/hit/" in response.url),
        page.expect_response(lambda response: "/emulation/state/" in response.url),
    ):
        page.goto(portal + "/")
    snapshot_total = int(page.locator(COUNTERS).get_attribute("data-total"))
    _add_visits_today(1000)
    with (
        page.expect_response(lambda response: "/emulation/visits/hit/" in response.url) as hit,
        page.expect_response(lambda response: "/emulation/state/" in response.url) as state,
    ):
        page.goto(portal + "/gioi-thieu/")
    assert hit.value.status == 204
    assert hit.value.request.method == "POST"
    assert _views_today(about.pk) == 1
    # The counters turn from the server's snapshot into the live figures of the state part.
    live = state.value.json()["parts"]["visits"]
    assert live["total"] >= snapshot_total + 1000
    assert page.locator(COUNTERS).get_attribute("data-total") in (
        str(snapshot_total),
        str(live["total"]),
    )
    page.wait_for_function(
        "total => document.querySelector('[data-emulation=\"visits\"]').dataset.total === total",
        arg=str(live["total"]),
    )
    shown = page.locator(f'{COUNTERS} [data-figure="total"]').inner_text()
    assert shown.replace(".", "") == str(live["total"])
    assert page.console_errors == []


def test_headless_browsers_are_not_counted(portal, browser):
    from wagtail.models import Page

    about = Page.objects.get(slug="gioi-thieu")
    # What headless Chromium says of itself (the suite's browser poses as a reader's Chrome).
    context = browser.new_context(user_agent=DESKTOP_CHROME.replace("Chrome/", "HeadlessChrome/"))
    page = context.new_page()
    with page.expect_response(lambda response: "/emulation/visits/hit/" in response.url) as hit:
        page.goto(portal + "/gioi-thieu/")
    context.close()
    assert hit.value.status == 204
    assert _views_today(about.pk) == 0


def test_the_pixel_counts_a_page_view_without_javascript(portal, browser):
    from wagtail.models import Page

    about = Page.objects.get(slug="gioi-thieu")
    context = browser.new_context(java_script_enabled=False, user_agent=DESKTOP_CHROME)
    without_js = context.new_page()
    with without_js.expect_response(lambda response: "/emulation/visits/hit/" in response.url):
        without_js.goto(portal + "/gioi-thieu/")
    context.close()
    assert _views_today(about.pk) == 1


def test_the_counters_are_accessible(portal, page, artifacts):
    page.goto(portal + "/")
    counters = page.locator(COUNTERS)
    assert counters.get_by_role("heading", name="Thống kê truy cập").is_visible()
    total = counters.locator('[data-figure="total"]').inner_text()
    assert "." in total  # the demo's total is in the millions, grouped "2.150.xxx"
    counters.screenshot(path=str(artifacts / "visit-counters.png"))
    assert_no_axe_violations(page, context=COUNTERS)
    assert_no_axe_violations(page, context='[data-emulation="tracker"]')
