"""The example site's HTML cache: anonymous readers share one copy, editors never get it."""

import pytest
from django.test import override_settings

from example_site.portal import html_cache
from example_site.settings.base import MIDDLEWARE

CACHED = override_settings(
    MIDDLEWARE=[
        html_cache.UPDATE_MIDDLEWARE,
        *MIDDLEWARE,
        f"{html_cache.__name__}.AnonymousFetchFromCacheMiddleware",
    ],
    CACHE_MIDDLEWARE_ALIAS="default",
    CACHE_MIDDLEWARE_SECONDS=60,
    CACHE_MIDDLEWARE_KEY_PREFIX="html",
)


def _rename_without_publishing(page, title):
    type(page).objects.filter(pk=page.pk).update(title=title)


@pytest.fixture
def about(home):
    return home.get_children().get(slug="gioi-thieu").specific


@CACHED
def test_anonymous_readers_share_one_cached_copy(about, client):
    first = client.get(about.url)
    assert first["Cache-Control"] == "max-age=60"
    _rename_without_publishing(about, "Đổi tên")
    second = client.get(about.url)
    assert second.content == first.content
    assert "Đổi tên" not in second.content.decode()


@CACHED
def test_signed_in_editors_always_get_a_fresh_page(about, client, admin_user):
    client.get(about.url)
    _rename_without_publishing(about, "Đổi tên")
    client.force_login(admin_user)
    assert "Đổi tên" in client.get(about.url).content.decode()


@CACHED
def test_publishing_purges_the_page_and_its_parent(about, home, client):
    client.defaults["HTTP_HOST"] = "localhost"  # the demo Site's host, as in page.full_url
    client.get(about.url)
    client.get(home.url)
    about.title = "Giới thiệu chung"
    about.save_revision().publish()
    html_cache.purge_page(about)  # connected to page_published when the middleware is on
    assert "Giới thiệu chung" in client.get(about.url).content.decode()
    assert "Giới thiệu chung" in client.get(home.url).content.decode()


def test_purging_is_connected_only_when_the_cache_is_on():
    assert not html_cache.is_enabled()
    with CACHED:
        assert html_cache.is_enabled()
