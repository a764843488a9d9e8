"""The state endpoint keeps answering when the shared cache (Redis) is unreachable."""

import pytest

from wagtail_emulation.news.models import NewsPage

DEAD_REDIS = {
    "BACKEND": "django.core.cache.backends.redis.RedisCache",
    "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
    "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
}


@pytest.fixture
def dead_shared_cache(settings):
    # Wagtail itself keeps site root paths in the default cache, so only the package's own
    # cache alias is pointed at the dead server.
    settings.CACHES = {**settings.CACHES, "dead": DEAD_REDIS}
    settings.WAGTAIL_EMULATION_CACHE_ALIAS = "dead"


def test_state_endpoint_answers_with_every_part_when_redis_is_down(demo, client, dead_shared_cache):
    article = NewsPage.objects.live().first()
    response = client.get(f"/emulation/state/{article.pk}/")
    assert response.status_code == 200
    assert {"rating", "visits", "page-views"} <= set(response.json()["parts"])
    page = client.get(article.url)
    assert page.status_code == 200
