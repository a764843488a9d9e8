"""The public widgets: figures, grouping, the offset, snapshots, and the state parts."""

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from wagtail_emulation.visits import figures as figures_module
from wagtail_emulation.visits.models import PageViewDaily, SiteVisitDaily, VisitSettings

from .conftest import Reader, tracker_url

TODAY = date(2026, 5, 20)
NOON = datetime(2026, 5, 20, 12, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))


@pytest.fixture(autouse=True)
def _clock():
    with time_machine.travel(NOON, tick=False):
        yield


def render(source, page=None, request=None):
    request = request or RequestFactory().get("/")
    context = Context({"request": request, "page": page})
    return Template("{% load wagtail_emulation %}" + source).render(context)


def _data(html, name):
    return int(re.search(rf'data-{name}="(\d+)"', html).group(1))


def _shown(html, figure):
    return re.search(rf'data-figure="{figure}">([^<]+)<', html).group(1)


@pytest.fixture
def history(site):
    """Visits: 1.234 today, 2 yesterday, 10 earlier this month, 5.000 last month."""
    for day, visits in [
        (TODAY, 1234),
        (TODAY - timedelta(days=1), 2),
        (date(2026, 5, 1), 10),
        (date(2026, 4, 30), 5000),
    ]:
        SiteVisitDaily.objects.create(site=site, date=day, visits=visits, visitors=visits)
    return site


def test_counters_show_every_figure_grouped_and_as_plain_data(history, page):
    settings = VisitSettings.for_site(history)
    settings.total_offset = 2_188_050
    settings.save()
    html = render("{% visit_counters %}", page)
    assert 'data-emulation="visits"' in html
    assert "Thống kê truy cập" in html
    for label in ("Đang online", "Hôm nay", "Hôm qua", "Tháng này", "Tổng"):
        assert label in html
    assert _data(html, "today") == 1234 and _shown(html, "today") == "1.234"
    assert _data(html, "yesterday") == 2
    assert _data(html, "month") == 1246
    assert _data(html, "total") == 2_194_296 and _shown(html, "total") == "2.194.296"
    assert _data(html, "online") == 0
    assert f'data-state-url="/emulation/state/{page.pk}/"' in html


def test_server_rendered_counters_are_a_shared_snapshot(history, page):
    request = RequestFactory().get("/")  # Wagtail has found its site when serving a page
    first = render("{% visit_counters %}", page, request)
    SiteVisitDaily.objects.filter(date=TODAY).update(visits=5000)
    with CaptureQueriesContext(connection) as queries:
        again = render("{% visit_counters %}", page, request)
    assert again == first and len(queries) == 0


def test_the_state_endpoint_gives_live_figures(history, page):
    render("{% visit_counters %}", page)  # a snapshot exists now
    Reader().view(history, page)
    parts = Client().get(f"/emulation/state/{page.pk}/").json()["parts"]
    assert parts["visits"] == {
        "online": 1,
        "today": 1235,
        "yesterday": 2,
        "month": 1247,
        "total": 6247,
    }
    assert parts["page-views"] == {"views": 1}


def test_page_views_says_how_often_a_page_was_viewed(site, page):
    PageViewDaily.objects.create(site=site, page=page, date=TODAY, views=1000)
    PageViewDaily.objects.create(site=site, page=page, date=date(2020, 1, 1), views=234)
    html = render("{% page_views page %}", page)
    assert "Lượt xem:" in html and _shown(html, "views") == "1.234"
    assert 'data-emulation="page-views"' in html and _data(html, "views") == 1234
    # The same widget appears with the other reader feedback.
    assert "Lượt xem:" in render("{% reader_feedback page %}", page)


def test_page_views_can_be_hidden_by_editors(site, page):
    settings = VisitSettings.for_site(site)
    settings.show_page_views = False
    settings.save()
    assert render("{% page_views page %}", page).strip() == ""
    parts = Client().get(f"/emulation/state/{page.pk}/").json()["parts"]
    assert "page-views" not in parts


def test_most_viewed_lists_live_pages_by_views(site, page):
    children = []
    for number in range(4):
        child = Page(title=f"Tin {number}", slug=f"tin-{number}")
        page.add_child(instance=child)
        children.append(child)
    children[3].unpublish()
    for child, views in zip(children, (5, 50, 20, 999), strict=True):
        PageViewDaily.objects.create(site=site, page=child, date=TODAY, views=views)
    PageViewDaily.objects.create(site=site, page=children[0], date=date(2026, 4, 1), views=500)
    html = render("{% most_viewed days=7 limit=2 %}", page)
    titles = re.findall(r">(Tin \d)</a>", html)
    assert titles == ["Tin 1", "Tin 2"]
    assert "50 lượt xem" in html


def test_a_page_made_private_leaves_the_kept_most_viewed_list_at_once(site, page):
    from wagtail.models import PageViewRestriction

    child = Page(title="Tin nội bộ", slug="tin-noi-bo")
    page.add_child(instance=child)
    PageViewDaily.objects.create(site=site, page=child, date=TODAY, views=70)
    assert "Tin nội bộ" in render("{% most_viewed days=7 %}", page)  # now kept

    PageViewRestriction.objects.create(page=child, restriction_type="login")
    assert "Tin nội bộ" not in render("{% most_viewed days=7 %}", page)


def test_the_tracker_points_at_a_signed_beacon(site, page):
    html = render("{% visit_tracker page %}", page)
    url = tracker_url(html)
    assert url.startswith(f"/emulation/visits/hit/{site.pk}/{page.pk}/")
    assert "<noscript><img" in html and 'type="module"' in html


def test_the_tracker_renders_nothing_in_previews(page):
    request = RequestFactory().get("/")
    request.is_preview = True
    assert render("{% visit_tracker page %}", page, request).strip() == ""


def test_widgets_never_raise(site, page, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr(figures_module.SiteVisitDaily.objects, "filter", broken)
    monkeypatch.setattr(figures_module.PageViewDaily.objects, "filter", broken)
    html = render("{% visit_counters %}{% page_views page %}{% most_viewed %}", page)
    assert html.strip() == ""
