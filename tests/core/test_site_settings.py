"""Site settings on the page path: never created by a read, cached, dropped on save."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail_emulation.models import EmulationSettings, WebsiteLink
from wagtail_emulation.site_settings import read_site_setting


def test_reading_a_missing_setting_creates_nothing(demo):
    EmulationSettings.objects.all().delete()
    with CaptureQueriesContext(connection) as context:
        found = read_site_setting(EmulationSettings, site=demo)
    assert found.pk is None and found.site_id == demo.pk
    assert not any(q["sql"].lstrip().upper().startswith("INSERT") for q in context.captured_queries)
    assert not EmulationSettings.objects.exists()


def test_a_warm_setting_costs_no_query_and_saving_drops_it(demo, django_assert_num_queries):
    first = read_site_setting(EmulationSettings, site=demo, prefetch=["website_links"])
    with django_assert_num_queries(0):
        again = read_site_setting(EmulationSettings, site=demo, prefetch=["website_links"])
        names = [link.name for link in again.website_links.all()]
    assert names == [link.name for link in first.website_links.all()] and len(names) == 5
    WebsiteLink.objects.create(settings=first, name="Mới", url="https://moi.test/", sort_order=9)
    fresh = read_site_setting(EmulationSettings, site=demo, prefetch=["website_links"])
    assert [link.name for link in fresh.website_links.all()][-1] == "Mới"


def test_an_unreachable_cache_falls_back_to_the_database(demo, settings):
    settings.CACHES = {
        **settings.CACHES,
        "dead": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2},
        },
    }
    settings.WAGTAIL_EMULATION_CACHE_ALIAS = "dead"
    found = read_site_setting(EmulationSettings, site=demo, prefetch=["website_links"])
    assert len(found.website_links.all()) == 5
