"""The beacon: what is counted, what is refused, and that it never fails with a 500."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from wagtail_emulation.visits.models import PageViewDaily, SiteVisitDaily

from .conftest import Reader, beacon_url


def _figures(site):
    row = SiteVisitDaily.objects.filter(site=site).first()
    views = sum(PageViewDaily.objects.filter(site=site).values_list("views", flat=True))
    return (views, row.visits, row.visitors) if row else (views, 0, 0)


def test_send_beacon_answers_204_and_counts_a_view(site, page, reader):
    response = reader.view(site, page)
    assert response.status_code == 204
    assert response["Cache-Control"].startswith("no-store")
    assert not response.cookies
    assert _figures(site) == (1, 1, 1)


def test_noscript_pixel_answers_a_gif(site, page, reader):
    response = reader.view(site, page, method="get")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert response.content.startswith(b"GIF89a")
    assert _figures(site) == (1, 1, 1)


def test_beacon_needs_no_page_query(site, page, reader):
    reader.view(site, page)  # the day's salt exists now
    with CaptureQueriesContext(connection) as queries:
        reader.view(site, page)
    tables = " ".join(query["sql"] for query in queries.captured_queries)
    assert "wagtailcore_page" not in tables and "wagtailcore_site" not in tables


@pytest.mark.parametrize(
    "mangle",
    [
        lambda url: url.replace("/hit/", "/hit/9"),  # another site id, same signature
        lambda url: url[:-3] + "00/",  # a forged signature
        lambda url: url.rsplit("/", 2)[0] + "/not-hex!/",
        lambda url: url.replace("/hit/", "/hit/99999999999999999999999"),
    ],
)
def test_malformed_beacons_get_4xx_never_500(site, page, reader, mangle):
    response = reader.client.post(mangle(beacon_url(site, page)))
    assert 400 <= response.status_code < 500
    assert _figures(site) == (0, 0, 0)


def test_other_methods_are_refused(site, page, reader):
    assert reader.client.put(beacon_url(site, page)).status_code == 405
    assert reader.client.post("/emulation/visits/hit/1/abc/def/").status_code == 404


def test_beacon_is_csrf_exempt(site, page):
    reader = Reader()
    reader.client.handler.enforce_csrf_checks = True
    assert reader.view(site, page).status_code == 204


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "python-requests/2.32.3",
        "",
    ],
)
def test_bots_are_answered_but_not_counted(site, page, user_agent):
    response = Reader(user_agent=user_agent).view(site, page)
    assert response.status_code == 204
    assert _figures(site) == (0, 0, 0)


@pytest.mark.parametrize("header", [{"HTTP_DNT": "1"}, {"HTTP_SEC_GPC": "1"}])
def test_do_not_track_is_respected_when_the_setting_says_so(site, page, header):
    assert Reader(**header).view(site, page).status_code == 204
    assert _figures(site) == (0, 0, 0)
    with override_settings(WAGTAIL_EMULATION_VISITS_RESPECT_DNT=False):
        Reader(**header).view(site, page)
    assert _figures(site) == (1, 1, 1)


@override_settings(WAGTAIL_EMULATION_VISITS_RATE_LIMIT=3)
def test_one_visitor_is_rate_limited(site, page, reader):
    statuses = [reader.view(site, page).status_code for _ in range(5)]
    assert statuses == [204, 204, 204, 429, 429]
    limited = reader.view(site, page)
    assert 1 <= int(limited["Retry-After"]) <= 60
    assert limited.json()["error"]["code"] == "rate_limited"
    assert _figures(site) == (3, 1, 1)
    assert Reader(ip="203.0.113.99").view(site, page).status_code == 204


def test_a_deleted_page_is_not_counted_and_does_not_fail(site, page, reader):
    url = beacon_url(site, page).replace(f"/{page.pk}/", "/999999/")
    from wagtail_emulation.visits.visitors import beacon_signature

    url = url.rsplit("/", 2)[0] + f"/{beacon_signature(site.pk, 999999)}/"
    assert reader.client.post(url).status_code == 204
    assert PageViewDaily.objects.count() == 0
