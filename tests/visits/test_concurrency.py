"""Exact figures under real concurrency: PostgreSQL + Redis, both write paths."""

import http.client
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
from django.db import connections

from wagtail_emulation.visits.buffer import flush_buffer
from wagtail_emulation.visits.figures import online_now, page_view_count, site_figures
from wagtail_emulation.visits.models import PageViewDaily, SiteVisitDaily

from .conftest import BROWSER_UA, beacon_url, needs_postgres, needs_redis

pytestmark = [pytest.mark.postgres, needs_postgres, needs_redis]

VISITORS = 240
THREADS = 48


def _post(base, path, user_agent):
    address = urlsplit(base)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
    try:
        connection.request("POST", path, headers={"User-Agent": user_agent})
        return connection.getresponse().status
    finally:
        connection.close()


def _fire(live_server, path, user_agents):
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        return list(pool.map(lambda ua: _post(live_server.url, path, ua), user_agents))


@pytest.fixture(params=["direct", "buffered"])
def write_mode(request, settings):
    settings.WAGTAIL_EMULATION_VISITS_WRITE_MODE = request.param
    settings.WAGTAIL_EMULATION_VISITS_FLUSH_EVERY = 0
    return request.param


def _site_and_page():
    """A site of its own: transactional tests empty the tables Wagtail's migrations filled."""
    from wagtail.models import Page, Site

    from example_site.portal.demo.site import ensure_tree_root

    page = Page(title="Trang chủ", slug="trang-chu-dong-thoi")
    ensure_tree_root().add_child(instance=page)
    site, _created = Site.objects.update_or_create(
        hostname="localhost", port=80, defaults={"root_page": page, "is_default_site": True}
    )
    return site, page


def _flush_in_thread():
    try:
        return flush_buffer()
    finally:
        connections.close_all()  # this thread's connection, or the test database stays busy


def test_concurrent_beacons_from_distinct_visitors_are_all_counted(
    transactional_db, live_server, write_mode
):
    site, page = _site_and_page()
    agents = [f"{BROWSER_UA} Edg/131.0.{number}" for number in range(VISITORS)]
    statuses = _fire(live_server, beacon_url(site, page), agents)
    assert statuses == [204] * VISITORS
    assert online_now(site.pk) == VISITORS
    figures = site_figures(site)
    assert (figures.today, figures.total) == (VISITORS, VISITORS)
    assert page_view_count(page, site.pk) == VISITORS
    if write_mode == "buffered":
        assert not SiteVisitDaily.objects.exists()
        flush_buffer()
    row = SiteVisitDaily.objects.get(site=site)
    assert (row.views, row.visits, row.visitors) == (VISITORS, VISITORS, VISITORS)
    assert PageViewDaily.objects.get(page=page).views == VISITORS
    assert site_figures(site).total == VISITORS


def test_concurrent_beacons_from_one_visitor_are_one_visit(
    transactional_db, live_server, write_mode
):
    site, page = _site_and_page()
    statuses = _fire(live_server, beacon_url(site, page), [BROWSER_UA] * 60)
    assert statuses == [204] * 60
    if write_mode == "buffered":
        flush_buffer()
    row = SiteVisitDaily.objects.get(site=site)
    assert (row.views, row.visits, row.visitors) == (60, 1, 1)
    assert online_now(site.pk) == 1


def test_a_flush_during_a_stream_of_beacons_loses_nothing(transactional_db, live_server, settings):
    settings.WAGTAIL_EMULATION_VISITS_WRITE_MODE = "buffered"
    settings.WAGTAIL_EMULATION_VISITS_FLUSH_EVERY = 0
    site, page = _site_and_page()
    agents = [f"{BROWSER_UA} Edg/131.0.{number}" for number in range(VISITORS)]
    with ThreadPoolExecutor(max_workers=4) as flusher:
        flushes = [flusher.submit(_flush_in_thread) for _ in range(8)]
        statuses = _fire(live_server, beacon_url(site, page), agents)
        for flush in flushes:
            flush.result()
    assert statuses == [204] * VISITORS
    flush_buffer()
    row = SiteVisitDaily.objects.get(site=site)
    assert (row.views, row.visits, row.visitors) == (VISITORS, VISITORS, VISITORS)
