"""Redis down (a closed port) or hung (accepts, never answers) as the portal's only cache:
every page, vote and comment still works, figures fall back to the database, and the log
gets one warning per kind and interval, not one per call."""

import logging

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from example_site.portal import html_cache
from example_site.settings.base import MIDDLEWARE
from wagtail_emulation.comments.models import ReaderComment
from wagtail_emulation.faults import fault_log
from wagtail_emulation.news.models import NewsPage
from wagtail_emulation.ratings.models import Rating, RatingSummary
from wagtail_emulation.redis_cache import FailOpenRedisCache
from wagtail_emulation.visits.models import PageViewDaily
from wagtail_emulation.visits.visitors import beacon_signature

from ..comments.conftest import backdated_stamp
from .servers import HungServer, closed_port

CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"


def _cache(location):
    return {
        "BACKEND": "wagtail_emulation.redis_cache.FailOpenRedisCache",
        "LOCATION": location,
        "KEY_PREFIX": "emu-fault-tests",
    }


@pytest.fixture(params=["down", "hung"])
def broken_redis(request, demo, settings):
    """The example site's cache setup (Redis as the only cache, HTML cache on) with a Redis
    that is down or hung; yields the hung server (``None`` when down)."""
    if request.param == "down":
        server, location = None, f"redis://127.0.0.1:{closed_port()}/0"
    else:
        server = HungServer().__enter__()
        location = server.url
    settings.CACHES = {"default": _cache(location)}
    settings.MIDDLEWARE = [html_cache.MIDDLEWARE, *MIDDLEWARE]
    settings.CACHE_MIDDLEWARE_ALIAS = "default"
    settings.CACHE_MIDDLEWARE_SECONDS = 60
    settings.CACHE_MIDDLEWARE_KEY_PREFIX = "html"
    settings.HTML_CACHE_LOCAL_SECONDS = 0
    yield server
    if server is not None:
        server.__exit__(None, None, None)


def _reader(number=1):
    return Client(HTTP_USER_AGENT=CHROME, REMOTE_ADDR=f"203.0.113.{number}")


def test_the_example_site_uses_the_fail_open_backend_with_short_timeouts(monkeypatch):
    import importlib

    from example_site.settings import base

    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/0")
    try:
        cache = importlib.reload(base).CACHES["default"]
    finally:
        monkeypatch.delenv("REDIS_URL")
        importlib.reload(base)
    assert cache["BACKEND"] == "wagtail_emulation.redis_cache.FailOpenRedisCache"
    assert cache["OPTIONS"]["SOCKET_TIMEOUT"] < 1
    assert cache["OPTIONS"]["SOCKET_CONNECT_TIMEOUT"] < 1


def test_every_page_answers_while_redis_is_broken(broken_redis, caplog, settings):
    # One interval for the whole test, however slow the machine: Redis is tried once.
    settings.WAGTAIL_EMULATION_CACHE_RETRY_SECONDS = 3600
    settings.WAGTAIL_EMULATION_FAULT_LOG_SECONDS = 3600
    reader = _reader()
    pages = [page for page in Page.objects.live().public().specific() if page.url]
    assert len(pages) > 10
    with caplog.at_level(logging.WARNING):
        for page in pages:
            response = reader.get(page.url)
            assert response.status_code == 200, page.url
            response = reader.get(f"/emulation/state/{page.pk}/")
            assert response.status_code in (200, 404), page.pk
    if broken_redis is not None:
        # A hung Redis is tried once per WAGTAIL_EMULATION_CACHE_RETRY_SECONDS, not per call:
        # dozens of pages cost one timeout, not one per cache call (each opens a connection).
        assert broken_redis.connections == 1
    # One warning per kind (the cache; the visits' online figure) for the whole outage.
    warnings = [r for r in caplog.records if r.name.startswith("wagtail_emulation")]
    assert 1 <= len(warnings) <= 3, [r.getMessage() for r in warnings]


def test_a_vote_without_javascript_and_a_comment_post_succeed(broken_redis):
    article = NewsPage.objects.live().first()
    reader = _reader(7)

    votes = Rating.objects.filter(page=article).count()
    vote_url = reverse("wagtail_emulation:ratings:vote", args=[article.pk])
    vote = reader.post(vote_url, {"score": "4"}, HTTP_SEC_FETCH_SITE="same-origin")
    assert vote.status_code == 303
    assert reader.get(vote["Location"].split("#")[0]).status_code == 200
    assert Rating.objects.filter(page=article).count() == votes + 1
    assert RatingSummary.objects.get(page=article).count == votes + 1

    before = ReaderComment.objects.filter(page_id=article.pk).count()
    comment_url = reverse("wagtail_emulation:comments:page", args=[article.pk])
    form = reader.get(comment_url)
    assert form.status_code == 200
    comment = reader.post(
        comment_url,
        {
            "name": "Nguyễn Văn An",
            "body": "Xin hỏi thủ tục chứng thực bản sao cần mang theo giấy tờ gì?",
            "consent": "on",
            "captcha_0": "abc",
            "captcha_1": "PASSED",
            "started": backdated_stamp(),
            "homepage": "",
        },
    )
    assert comment.status_code == 302, comment.content.decode()[:500]
    assert ReaderComment.objects.filter(page_id=article.pk).count() == before + 1


def test_beacons_count_the_view_in_the_database(broken_redis):
    article = NewsPage.objects.live().first()
    site_id = article.get_site().pk
    signature = beacon_signature(site_id, article.pk)
    url = reverse("wagtail_emulation:visits:beacon", args=[site_id, article.pk, signature])
    today = PageViewDaily.objects.filter(page_id=article.pk, date=timezone.localdate())
    before = sum(today.values_list("views", flat=True))
    for number in range(3):
        assert _reader(number + 1).post(url).status_code == 204
    assert sum(today.values_list("views", flat=True)) == before + 3


def test_outage_warnings_are_rate_limited_and_say_how_many_were_left_out(
    settings, caplog, monkeypatch
):
    from django.core.cache import caches

    settings.CACHES = {"default": _cache(f"redis://127.0.0.1:{closed_port()}/0")}
    settings.WAGTAIL_EMULATION_CACHE_RETRY_SECONDS = 0  # every call tries Redis again
    cache = caches["default"]
    assert isinstance(cache, FailOpenRedisCache)
    clock = [1000.0]
    monkeypatch.setattr("wagtail_emulation.faults.time.monotonic", lambda: clock[0])
    with caplog.at_level(logging.WARNING, logger="wagtail_emulation"):
        for _ in range(17):
            assert cache.get("key", "fallback") == "fallback"
            assert cache.set("key", 1) is False
        assert len(caplog.records) == 1
        clock[0] += 61
        cache.get("key")
    assert len(caplog.records) == 2
    assert "33 similar warnings left out" in caplog.records[1].getMessage()
    fault_log.reset()


def test_comment_rate_limits_fail_open_on_a_plain_redis_backend(demo, settings):
    """A host whose shared cache is Django's own RedisCache (exceptions raised, not swallowed):
    the comment's rate limit is skipped, the comment is saved."""
    settings.CACHES = {
        **settings.CACHES,
        "dead": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        },
    }
    settings.WAGTAIL_EMULATION_CACHE_ALIAS = "dead"
    article = NewsPage.objects.live().first()
    before = ReaderComment.objects.filter(page_id=article.pk).count()
    response = _reader(9).post(
        reverse("wagtail_emulation:comments:page", args=[article.pk]),
        {
            "name": "Trần Thị Bình",
            "body": "Đề nghị Sở công khai danh sách tập thể được khen thưởng.",
            "consent": "on",
            "captcha_0": "abc",
            "captcha_1": "PASSED",
            "started": backdated_stamp(),
            "homepage": "",
        },
    )
    assert response.status_code == 302
    assert ReaderComment.objects.filter(page_id=article.pk).count() == before + 1


def test_the_visit_store_gives_its_redis_client_short_timeouts(settings):
    """A cache whose OPTIONS set no timeouts: the beacon's own client still gets them, or a
    hung Redis would hold every beacon until the kernel gives up on the socket."""
    from django.core.cache import caches

    from wagtail_emulation.visits.stores import redis_client

    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
        }
    }
    settings.WAGTAIL_EMULATION_REDIS_TIMEOUT = 0.3
    kwargs = redis_client(caches["default"]).connection_pool.connection_kwargs
    assert kwargs["socket_timeout"] == kwargs["socket_connect_timeout"] == 0.3
