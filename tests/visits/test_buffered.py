"""Buffered mode: beacons touch Redis only; the flush applies each batch exactly once."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail_emulation.visits import buffer
from wagtail_emulation.visits.figures import page_view_count, site_figures
from wagtail_emulation.visits.models import PageViewDaily, SiteVisitDaily, VisitFlush

from .conftest import Reader, needs_redis

pytestmark = needs_redis


@pytest.fixture(autouse=True)
def _buffered(settings):
    settings.WAGTAIL_EMULATION_VISITS_WRITE_MODE = "buffered"
    settings.WAGTAIL_EMULATION_VISITS_FLUSH_EVERY = 0


def _stored(site):
    row = SiteVisitDaily.objects.filter(site=site).first()
    views = sum(PageViewDaily.objects.values_list("views", flat=True))
    return (views, row.views, row.visits, row.visitors) if row else (views, 0, 0, 0)


def _beacons(site, page, readers=3, views_each=2):
    for number in range(readers):
        reader = Reader(ip=f"203.0.113.{number + 1}")
        for _ in range(views_each):
            assert reader.view(site, page).status_code == 204


def _writes(queries):
    return [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}
    ]


def test_beacons_write_nothing_to_the_database(site, page):
    Reader(ip="198.51.100.1").view(site, page)  # the day's salt exists now
    with CaptureQueriesContext(connection) as queries:
        _beacons(site, page)
    assert _writes(queries) == [] and len(queries) == 0
    assert _stored(site) == (0, 0, 0, 0)


def test_figures_include_counts_not_yet_flushed(site, page):
    _beacons(site, page)
    figures = site_figures(site)
    assert (figures.today, figures.month, figures.total, figures.online) == (3, 3, 3, 3)
    assert page_view_count(page, site.pk) == 6


def test_flush_folds_the_buffer_into_the_daily_rows(site, page):
    _beacons(site, page)
    out = StringIO()
    call_command("flush_visits", stdout=out)
    assert "Applied 1 batch(es)" in out.getvalue()
    assert _stored(site) == (6, 6, 3, 3)
    # Nothing is shown twice once it is in the database.
    assert site_figures(site).total == 3
    assert page_view_count(page, site.pk) == 6
    _beacons(site, page, readers=1, views_each=1)  # a known visitor within 30 minutes
    call_command("flush_visits", stdout=StringIO())
    assert _stored(site) == (7, 7, 3, 3)


def test_a_flush_that_crashes_in_the_transaction_is_retried_whole(site, page, monkeypatch):
    _beacons(site, page)

    def crash(*args, **kwargs):
        raise RuntimeError("the worker died half-way")

    # Page views are applied first; the crash comes while applying the site figures.
    monkeypatch.setattr(buffer, "add_site_figures", crash)
    with pytest.raises(RuntimeError):
        buffer.flush_buffer()
    assert _stored(site) == (0, 0, 0, 0)  # rolled back, page views included
    assert site_figures(site).today == 3  # the pending batch is still shown
    monkeypatch.undo()
    _beacons(site, page, readers=1, views_each=1)  # arrives while the batch is pending
    result = buffer.flush_buffer()
    assert result.batches == 2
    assert _stored(site) == (7, 7, 3, 3)
    assert site_figures(site).today == 3


def test_a_flush_that_crashes_after_the_commit_counts_nothing_twice(site, page, monkeypatch):
    _beacons(site, page)

    def crash(*args, **kwargs):
        raise RuntimeError("killed before Redis was told")

    monkeypatch.setattr(buffer, "forget_batch", crash)
    with pytest.raises(RuntimeError):
        buffer.flush_buffer()
    assert _stored(site) == (6, 6, 3, 3)
    # The batch still in Redis is in the database already: shown once, not twice.
    assert site_figures(site).today == 3
    assert page_view_count(page, site.pk) == 6
    monkeypatch.undo()
    result = buffer.flush_buffer()
    assert (result.batches, result.skipped) == (0, 1)
    assert _stored(site) == (6, 6, 3, 3)
    assert VisitFlush.objects.count() == 1


def test_beacons_enqueue_the_flush_task_when_it_is_due(site, page, settings):
    settings.WAGTAIL_EMULATION_VISITS_FLUSH_EVERY = 300
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from wagtail_emulation.visits.tasks import flush_visits_task

    _beacons(site, page, readers=3, views_each=1)
    enqueued = flush_visits_task.get_backend().results
    assert [result.task.name for result in enqueued] == ["flush_visits_task"]
    assert _stored(site) == (0, 0, 0, 0)  # the worker, not the beacon, will flush


def test_the_immediate_backend_never_flushes_inside_a_beacon(site, page, settings):
    settings.WAGTAIL_EMULATION_VISITS_FLUSH_EVERY = 300
    _beacons(site, page, readers=2, views_each=1)
    assert _stored(site) == (0, 0, 0, 0)
    # p, t, s:views; v, s:visits, t:visits; u, s:visitors (one page, one day)
    assert flush_visits_task_result() == {"batches": 1, "fields": 8, "skipped": 0}
    assert _stored(site) == (2, 2, 2, 2)


def flush_visits_task_result():
    from wagtail_emulation.visits.tasks import flush_visits_task

    return flush_visits_task.enqueue().return_value


def test_views_of_a_page_deleted_before_the_flush_are_dropped(site, page):
    from wagtail.models import Page

    child = Page(title="Sắp xóa", slug="sap-xoa")
    page.add_child(instance=child)
    Reader().view(site, child)
    Reader(ip="203.0.113.77").view(site, page)
    child.delete()
    buffer.flush_buffer()
    assert list(PageViewDaily.objects.values_list("page_id", "views")) == [(page.pk, 1)]
    # The deleted page's view, visit and visitor leave the site's figures too.
    assert _stored(site)[1:] == (1, 1, 1)
