"""The example site's HTML cache: anonymous readers share one copy, editors never get it."""

import pytest
from django.test import Client, override_settings

from example_site.portal import html_cache
from example_site.settings.base import MIDDLEWARE

CACHED = override_settings(
    MIDDLEWARE=[html_cache.MIDDLEWARE, *MIDDLEWARE],
    CACHE_MIDDLEWARE_ALIAS="default",
    CACHE_MIDDLEWARE_SECONDS=60,
    CACHE_MIDDLEWARE_KEY_PREFIX="html",
    HTML_CACHE_LOCAL_SECONDS=0,  # the shared tier only, unless a test says otherwise
)


def _rename_without_publishing(page, title):
    type(page).objects.filter(pk=page.pk).update(title=title)


@pytest.fixture
def about(home):
    return home.get_children().get(slug="gioi-thieu").specific


@CACHED
def test_anonymous_readers_share_one_cached_copy(about, client, django_assert_num_queries):
    first = client.get(about.url)
    assert first["Cache-Control"] == "max-age=60"
    _rename_without_publishing(about, "Đổi tên")
    with django_assert_num_queries(0):  # answered before the page is even looked up
        second = client.get(about.url)
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert "Đổi tên" not in second.content.decode()


@CACHED
def test_each_query_string_is_its_own_page(about, client):
    client.get(about.url)
    _rename_without_publishing(about, "Đổi tên")
    assert "Đổi tên" in client.get(about.url + "?trang=2").content.decode()


@CACHED
def test_head_is_answered_from_the_stored_page(about, client):
    page = client.get(about.url)
    _rename_without_publishing(about, "Đổi tên")
    head = client.head(about.url)
    assert head.status_code == 200
    assert head.content == b""
    assert head["Content-Length"] == str(len(page.content))


@CACHED
def test_signed_in_editors_always_get_a_fresh_page(about, client, admin_user):
    client.get(about.url)
    _rename_without_publishing(about, "Đổi tên")
    client.force_login(admin_user)
    assert "Đổi tên" in client.get(about.url).content.decode()


@CACHED
def test_per_reader_answers_are_never_stored(demo, client):
    from wagtail_emulation.news.models import NewsPage

    article = NewsPage.objects.live().first()
    state = f"/emulation/state/{article.pk}/"
    first = client.get(state)
    assert "csrftoken" in first.cookies
    second = client.get(state)
    assert "csrftoken" in second.cookies  # rendered again, not a stored copy
    form = client.get(f"/emulation/comments/{article.pk}/form/")
    assert "no-store" in form["Cache-Control"]
    assert html_cache._storable(form) == 0


@CACHED
def test_publishing_purges_the_page_and_its_parent(about, home, client):
    client.defaults["HTTP_HOST"] = "localhost"  # the demo Site's host, as in page.full_url
    client.get(about.url)
    client.get(home.url)
    about.title = "Về chúng tôi"
    about.save_revision().publish()  # portal.purging drops both paths
    html_cache.purge_page(about)
    assert "Về chúng tôi" in client.get(about.url).content.decode()
    assert "Về chúng tôi" in client.get(home.url).content.decode()


@CACHED
@override_settings(HTML_CACHE_LOCAL_SECONDS=30)
def test_the_process_keeps_served_pages_and_drops_them_on_purge(about, client):
    from django.conf import settings

    client.defaults["HTTP_HOST"] = "localhost"
    client.get(about.url)
    _rename_without_publishing(about, "Đổi tên")
    # The shared tier gone: only this process's copy can answer.
    dummy = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    with override_settings(
        CACHES={**settings.CACHES, "html-empty": dummy}, CACHE_MIDDLEWARE_ALIAS="html-empty"
    ):
        assert "Đổi tên" not in client.get(about.url).content.decode()
        html_cache.purge_page(about)
        assert "Đổi tên" in client.get(about.url).content.decode()


def test_the_local_tier_expires_and_stays_within_its_size(monkeypatch):
    clock = [100.0]
    monkeypatch.setattr(html_cache.time, "monotonic", lambda: clock[0])
    pages = html_cache.LocalPages(seconds=2, max_bytes=10)
    pages.put("a", (200, [], b"12345"))
    pages.put("b", (200, [], b"12345"))
    assert pages.get("a") == (200, [], b"12345")  # now the most recently used
    pages.put("c", (200, [], b"123"))  # over 10 bytes: "b", the least recently used, goes
    assert pages.get("b") is None
    assert pages.get("c") is not None
    clock[0] += 2
    assert pages.get("a") is None
    pages.put("big", (200, [], b"x" * 11))
    assert pages.get("big") is None


def test_purging_is_connected_only_when_the_cache_is_on():
    assert not html_cache.is_enabled()
    with CACHED:
        assert html_cache.is_enabled()


@CACHED
def test_pages_are_served_when_redis_is_down(about, client):
    from django.conf import settings

    from tests.core.test_state_faults import DEAD_REDIS

    with override_settings(
        CACHES={**settings.CACHES, "dead": DEAD_REDIS}, CACHE_MIDDLEWARE_ALIAS="dead"
    ):
        response = client.get(about.url)
        assert response.status_code == 200
        assert about.title in response.content.decode()
        html_cache.purge_page(about)  # nothing to drop, nothing raised


@CACHED
def test_a_purge_reaches_every_host_alias_and_scheme(about, client):
    readers = [
        Client(HTTP_HOST="localhost"),
        Client(HTTP_HOST="www.sotuphap.example.vn"),  # another alias of the same Site
        Client(HTTP_HOST="localhost", secure=True),  # on 443 behind a TLS proxy
    ]
    for reader in readers:
        reader.get(about.url)
    about.title = "Về chúng tôi"
    about.save_revision().publish()
    html_cache.purge_page(about)
    for reader in readers:
        assert "Về chúng tôi" in reader.get(about.url).content.decode()


@CACHED
def test_a_page_made_private_is_no_longer_served_from_the_cache(about, client):
    from wagtail.models import PageViewRestriction

    assert client.get(about.url).status_code == 200
    restriction = PageViewRestriction.objects.create(page=about, restriction_type="login")
    assert client.get(about.url).status_code == 302  # to the login page, not the stored copy
    restriction.delete()
    assert client.get(about.url).status_code == 200


@CACHED
def test_a_stale_copy_is_served_while_the_database_is_down(about, client, monkeypatch):
    from tests.faults.database import database_down

    first = client.get(about.url)
    clock = [html_cache.time.time() + 120]  # past the page's 60 s
    monkeypatch.setattr(html_cache.time, "time", lambda: clock[0])
    with database_down(monkeypatch):
        stale = Client(raise_request_exception=False).get(about.url)
    assert stale.status_code == 200
    assert stale.content == first.content
    assert stale["Cache-Control"] == "no-cache"
    _rename_without_publishing(about, "Đổi tên")
    assert "Đổi tên" in client.get(about.url).content.decode()  # the database is back


@CACHED
def test_a_purged_copy_is_never_served_stale(about, client, monkeypatch):
    from tests.faults.database import database_down

    client.get(about.url)
    html_cache.purge_page(about)
    with database_down(monkeypatch):
        response = Client(raise_request_exception=False).get(about.url)
    assert response.status_code == 503


@CACHED
def test_only_known_query_strings_are_stored(about, client):
    from django.core.cache import cache

    def stored(query):
        return cache.get(html_cache.page_key("http", "testserver", about.url + query))

    client.get(about.url + "?page=2")
    client.get(about.url + "?utm_source=zalo")
    client.get(about.url + "?page=" + "9" * 300)
    assert stored("?page=2") is not None
    assert stored("?utm_source=zalo") is None
    assert stored("?page=" + "9" * 300) is None
