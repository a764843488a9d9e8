import os
import re

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, Site

from wagtail_emulation.visits import visitors
from wagtail_emulation.visits.visitors import beacon_signature

needs_redis = pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL is not set")
needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL for real concurrency"
)

BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"


@pytest.fixture(autouse=True)
def _fresh_visit_state():
    """The cache is emptied per test; the process's copy of the day's salt must go too."""
    visitors._salt_memo.clear()
    yield
    visitors._salt_memo.clear()


@pytest.fixture
def site(db):
    """The Site Wagtail's migrations create, with its "Welcome" root page."""
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def page(site):
    return Page.objects.get(pk=site.root_page_id)


def beacon_url(site, page):
    return reverse(
        "wagtail_emulation:visits:beacon",
        args=(site.pk, page.pk, beacon_signature(site.pk, page.pk)),
    )


class Reader:
    """A browser as the beacon sees it: an address and a User-Agent."""

    def __init__(self, ip="203.0.113.10", user_agent=BROWSER_UA, **headers):
        self.client = Client(REMOTE_ADDR=ip, HTTP_USER_AGENT=user_agent, **headers)

    def view(self, site, page, method="post"):
        return getattr(self.client, method)(beacon_url(site, page))


@pytest.fixture
def reader():
    return Reader()


def tracker_url(html):
    return re.search(r'data-emulation="tracker"[^>]*data-url="([^"]+)"', html).group(1)


@pytest.fixture(params=["locmem", pytest.param("redis", marks=needs_redis)])
def cache_backend(request, settings):
    """Run a test against both visitor stores: the cache API one and the Redis script."""
    from django.core.cache import caches

    if request.param == "locmem":
        backend = {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "visits-tests",
        }
    else:
        backend = {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "visits-tests",
        }
    settings.CACHES = {"default": backend}
    caches["default"].clear()
    return request.param
