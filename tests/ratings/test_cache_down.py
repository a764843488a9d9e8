"""The shared cache unreachable: the stars still render and readers can still vote.

Wagtail itself keeps the site root paths in the default cache, so the dead Redis here is the
package's own cache (``WAGTAIL_EMULATION_CACHE_ALIAS``).
"""

import socket

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from wagtail_emulation.ratings.models import RatingSummary

from .helpers import post_json


@pytest.fixture
def cache_down(settings):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens here once the socket is closed
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "emulation": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
    }
    settings.WAGTAIL_EMULATION_CACHE_ALIAS = "emulation"


def test_widget_renders_and_votes_count_without_the_cache(rated_page, cache_down, browser_client):
    reader = browser_client()
    assert post_json(reader, rated_page, 4).status_code == 200
    assert post_json(reader, rated_page, 5).status_code == 200  # still one vote per reader

    html = Template("{% load wagtail_emulation %}{% rating_widget page %}").render(
        Context({"page": rated_page, "request": RequestFactory().get(rated_page.url)})
    )
    state = reader.get(f"/emulation/state/{rated_page.pk}/")

    assert 'data-count="1"' in html
    assert state.status_code == 200
    assert state.json()["parts"]["rating"]["score"] == 5
    assert RatingSummary.objects.get(page=rated_page).total == 5
