"""The demo portal: every page is counted by the beacon, and rendering stays cache-first."""

from io import StringIO

from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail_emulation.visits.models import PageViewDaily, SiteVisitDaily, VisitSettings

from .conftest import Reader, tracker_url

VISIT_TABLES = ("wagtail_emulation_visits_",)


def test_every_page_carries_the_tracker_and_the_sidebar_the_counters(home):
    for url in ("/", "/gioi-thieu/"):
        html = Client().get(url).content.decode()
        assert tracker_url(html).startswith("/emulation/visits/hit/")
        assert 'data-emulation="visits"' in html and "Thống kê truy cập" in html


def test_a_beacon_from_a_rendered_page_counts_that_page(home, demo):
    html = Client().get("/").content.decode()
    today_before = SiteVisitDaily.objects.filter(site=demo, date__gte="2000-01-01").count()
    response = Reader().client.post(tracker_url(html))
    assert response.status_code == 204
    assert SiteVisitDaily.objects.filter(site=demo).count() == today_before + 1
    assert PageViewDaily.objects.filter(page=home).order_by("-date").first().views == 1


def test_rendering_is_cache_first_and_writes_nothing(home):
    Client().get("/")  # warm the snapshot and Wagtail's caches
    first, second = Client(), Client(REMOTE_ADDR="198.51.100.20", HTTP_USER_AGENT="Firefox")
    with CaptureQueriesContext(connection) as queries:
        one = first.get("/")
        two = second.get("/")
    assert one.content == two.content
    assert not one.cookies and "Cookie" not in one.get("Vary", "")
    writes = [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}
        and any(table in query["sql"] for table in VISIT_TABLES)
    ]
    assert writes == []
    visit_queries = [q for q in queries.captured_queries if VISIT_TABLES[0] in q["sql"]]
    assert visit_queries == []  # the figures come from the shared snapshot


def test_previews_are_not_tracked(home):
    html = home.make_preview_request().content.decode()
    assert 'data-emulation="tracker"' not in html
    assert 'data-emulation="visits"' in html


def test_demo_figures_are_built_once(demo):
    rows = (SiteVisitDaily.objects.count(), PageViewDaily.objects.count())
    assert rows[0] == 30 and rows[1] >= 30
    assert VisitSettings.for_site(demo).total_offset == 2_150_000
    call_command("load_demo", stdout=StringIO())
    assert (SiteVisitDaily.objects.count(), PageViewDaily.objects.count()) == rows
