from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Site


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits, salts and counters live in the cache: every test starts with none, and with
    no cache known to be down nor outage warning logged yet."""
    from django.core.cache import caches

    from wagtail_emulation.faults import fault_log
    from wagtail_emulation.shared_cache import outages

    outages.clear()
    fault_log.reset()
    for alias in caches:
        caches[alias].clear()
    yield
    outages.clear()


@pytest.fixture
def demo(db):
    """The example portal with its demo content; returns the default Site."""
    call_command("load_demo", stdout=StringIO())
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home(demo):
    return demo.root_page.specific
