"""Redis unreachable: beacons still answer 2xx and count the view; pages and widgets render."""

import socket

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone

from wagtail_emulation.visits import widgets
from wagtail_emulation.visits.models import PageViewDaily, SiteVisitDaily

from .conftest import Reader


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens here once the socket is closed


@pytest.fixture(params=["direct", "buffered"])
def redis_down(request, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{_closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    settings.WAGTAIL_EMULATION_VISITS_WRITE_MODE = request.param
    return request.param


def test_beacons_answer_and_count_the_view_without_redis(site, page, redis_down, caplog):
    assert Reader().view(site, page).status_code == 204
    assert Reader().view(site, page, method="get").status_code == 200
    assert PageViewDaily.objects.get(page=page).views == 2
    row = SiteVisitDaily.objects.get(site=site)
    # Visits and visitors need the shared state: not counted while Redis is down.
    assert (row.views, row.visits, row.visitors) == (2, 0, 0)
    assert "cache unreachable" in caplog.text


def test_widgets_show_stored_figures_without_redis(site, page, redis_down):
    today = timezone.localdate()
    SiteVisitDaily.objects.create(site=site, date=today, visits=7)
    PageViewDaily.objects.create(site=site, page=page, date=today, views=3)
    html = Template("{% load wagtail_emulation %}{% visit_counters %}{% page_views page %}").render(
        Context({"request": RequestFactory().get("/"), "page": page})
    )
    assert 'data-total="7"' in html and 'data-online="0"' in html
    assert 'data-views="3"' in html


def test_the_state_parts_answer_without_redis(site, page, redis_down):
    request = RequestFactory().get("/")
    assert widgets.visits_state(request, page)["online"] == 0
    assert widgets.page_views_state(request, page) == {"views": 0}
