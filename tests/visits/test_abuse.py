"""Beacon abuse: a changing User-Agent, a deleted page's signed URL, an 8 KB User-Agent."""

import pytest
from django.test import override_settings
from wagtail.models import Page

from wagtail_emulation import crawlers
from wagtail_emulation.inputs import MAX_USER_AGENT_LENGTH
from wagtail_emulation.visits.models import PageViewDaily, SiteVisitDaily

from .conftest import BROWSER_UA, Reader, beacon_url


def _site_figures(site):
    row = SiteVisitDaily.objects.filter(site=site).first()
    return (row.views, row.visits, row.visitors) if row else (0, 0, 0)


def _page_views():
    return sum(PageViewDaily.objects.values_list("views", flat=True))


@override_settings(WAGTAIL_EMULATION_VISITS_IP_RATE_LIMIT=50)
def test_a_changing_user_agent_does_not_escape_the_address_limit(cache_backend, site, page):
    statuses = [
        Reader(user_agent=f"{BROWSER_UA} rotate/{number}").view(site, page).status_code
        for number in range(130)
    ]

    assert statuses.count(204) == 50 and statuses.count(429) == 80
    assert _page_views() == 50
    assert Reader(ip="198.51.100.5").view(site, page).status_code == 204  # another address


def test_the_address_limit_is_looser_than_the_visitor_limit_by_default(settings):
    from wagtail_emulation.visits.conf import app_settings

    assert app_settings.VISITS_IP_RATE_LIMIT > app_settings.VISITS_RATE_LIMIT


def test_refused_beacons_say_so_in_vietnamese(site, page, settings):
    settings.WAGTAIL_EMULATION_VISITS_IP_RATE_LIMIT = 1
    Reader(user_agent=f"{BROWSER_UA} a").view(site, page)

    limited = Reader(user_agent=f"{BROWSER_UA} b").view(site, page)

    assert limited.status_code == 429
    assert limited.json()["error"]["message"] == "Quá nhiều yêu cầu. Vui lòng thử lại sau giây lát."


@pytest.fixture
def doomed(site, page):
    child = Page(title="Bài sẽ bị xoá", slug="bai-se-bi-xoa")
    page.add_child(instance=child)
    return child


def test_a_deleted_pages_beacon_adds_no_site_figures(cache_backend, site, doomed):
    url = beacon_url(site, doomed)
    doomed.delete()

    for number in range(5):
        assert Reader(ip=f"203.0.113.{number + 1}").client.post(url).status_code == 204

    assert _page_views() == 0
    assert _site_figures(site) == (0, 0, 0)


def test_an_8kb_user_agent_is_not_matched_or_counted(site, page, monkeypatch):
    seen = []
    real = crawlers.is_crawler
    monkeypatch.setattr(
        crawlers, "is_crawler", lambda agent: seen.append(len(agent)) or real(agent)
    )

    huge = Reader(user_agent="Mozilla/5.0 " + "(" * 8000).view(site, page)
    normal = Reader(ip="198.51.100.8").view(site, page)

    assert huge.status_code == normal.status_code == 204
    assert all(length <= MAX_USER_AGENT_LENGTH for length in seen)
    assert _page_views() == 1  # a browser never sends 8 KB: the huge one was not counted


def test_a_signed_address_for_an_id_no_page_can_have_is_refused(site, client):
    """One past the largest id the page column holds on this database (2**31 on PostgreSQL),
    even signed, is an invalid address (400), not a failed write (it was a 503)."""
    from wagtail_emulation.visits.views import largest_id
    from wagtail_emulation.visits.visitors import beacon_signature

    page_id = largest_id(Page) + 1
    url = f"/emulation/visits/hit/{site.pk}/{page_id}/{beacon_signature(site.pk, page_id)}/"
    response = client.post(url, HTTP_USER_AGENT=BROWSER_UA)
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "Địa chỉ bộ đếm này không hợp lệ."
