"""Visitors, visits and online now, with a controlled clock, on both visitor stores."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import time_machine
from django.core.cache import caches
from django.test import RequestFactory

from wagtail_emulation.visits import visitors
from wagtail_emulation.visits.figures import online_now
from wagtail_emulation.visits.models import SiteVisitDaily
from wagtail_emulation.visits.stores import CacheVisitStore, RedisVisitStore, visit_store

from .conftest import Reader

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
MORNING = datetime(2026, 3, 10, 9, 0, tzinfo=HANOI)


def _day(site, day):
    row = SiteVisitDaily.objects.filter(site=site, date=day).first()
    return (row.views, row.visits, row.visitors) if row else (0, 0, 0)


def test_the_store_follows_the_cache(cache_backend):
    expected = RedisVisitStore if cache_backend == "redis" else CacheVisitStore
    assert isinstance(visit_store(), expected)


def test_a_visit_ends_after_30_minutes_without_a_beacon(site, page, cache_backend):
    reader = Reader()
    with time_machine.travel(MORNING, tick=False) as clock:
        for minutes in (0, 29, 29):  # 58 minutes in all, but never 30 without a beacon
            clock.shift(timedelta(minutes=minutes))
            reader.view(site, page)
        assert _day(site, MORNING.date()) == (3, 1, 1)
        clock.shift(timedelta(minutes=30))
        reader.view(site, page)
        assert _day(site, MORNING.date()) == (4, 2, 1)


def test_the_visit_gap_is_a_setting(site, page, cache_backend, settings):
    settings.WAGTAIL_EMULATION_VISITS_VISIT_MINUTES = 10
    reader = Reader()
    with time_machine.travel(MORNING, tick=False) as clock:
        reader.view(site, page)
        clock.shift(timedelta(minutes=11))
        reader.view(site, page)
    assert _day(site, MORNING.date()) == (2, 2, 1)


def test_online_now_counts_distinct_visitors_of_the_last_minutes(site, page, cache_backend):
    first, second = Reader(ip="203.0.113.1"), Reader(ip="203.0.113.2")
    with time_machine.travel(MORNING, tick=False) as clock:
        first.view(site, page)
        clock.shift(timedelta(minutes=1))
        first.view(site, page)  # the same visitor again: still one
        assert online_now(site.pk) == 1
        clock.shift(timedelta(minutes=2))
        second.view(site, page)
        clock.shift(timedelta(minutes=1))  # 4 minutes after the first beacon
        assert online_now(site.pk) == 2
        clock.shift(timedelta(minutes=3))  # first last seen 6 minutes ago, second 4
        assert online_now(site.pk) == 1
        clock.shift(timedelta(minutes=2))
        assert online_now(site.pk) == 0
        first.view(site, page)
        assert online_now(site.pk) == 1


def test_the_online_window_is_a_setting(site, page, cache_backend, settings):
    settings.WAGTAIL_EMULATION_VISITS_ONLINE_MINUTES = 15
    with time_machine.travel(MORNING, tick=False) as clock:
        Reader().view(site, page)
        clock.shift(timedelta(minutes=12))
        assert online_now(site.pk) == 1


def test_online_now_is_per_site(site, page, cache_backend):
    with time_machine.travel(MORNING, tick=False):
        Reader().view(site, page)
        assert online_now(site.pk) == 1
        assert online_now(site.pk + 1) == 0


def test_the_salt_rotates_daily_and_lives_only_in_the_cache(site, page, cache_backend):
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Firefox")
    next_morning = MORNING + timedelta(days=1)
    with time_machine.travel(MORNING, tick=False):
        today = visitors.visitor_id(request)
        assert today == visitors.visitor_id(request)
        salt_key = f"wagtail_emulation:visits:salt:{MORNING.date().isoformat()}"
        assert caches["default"].get(salt_key)
        assert "203.0.113.7" not in today
    with time_machine.travel(next_morning, tick=False):
        assert visitors.visitor_id(request) != today
    # Without the salt (expired, or the cache emptied) nobody can recompute an old hash.
    caches["default"].clear()
    visitors._salt_memo.clear()
    with time_machine.travel(MORNING, tick=False):
        assert visitors.visitor_id(request) != today


def test_the_same_reader_is_a_new_visitor_each_day(site, page, cache_backend):
    reader = Reader()
    with time_machine.travel(MORNING, tick=False) as clock:
        reader.view(site, page)
        clock.shift(timedelta(days=1))
        reader.view(site, page)
    assert _day(site, MORNING.date()) == (1, 1, 1)
    assert _day(site, MORNING.date() + timedelta(days=1)) == (1, 1, 1)


def test_readers_behind_one_address_with_different_browsers_are_told_apart(site, page):
    Reader(user_agent="Mozilla/5.0 Firefox/133.0").view(site, page)
    Reader(user_agent="Mozilla/5.0 Chrome/131.0").view(site, page)
    row = SiteVisitDaily.objects.get(site=site)
    assert (row.visits, row.visitors) == (2, 2)
