from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
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


@pytest.fixture(scope="module")
def _demo_for_module(django_db_setup, django_db_blocker):
    """The demo content, loaded once per test module inside a transaction that is rolled back
    when the module ends. Each test runs in a savepoint of it (pytest-django's ``db``), so
    whatever a test changes is undone before the next one."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo(_demo_for_module, db):
    """The example portal with its demo content; returns the default Site."""
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home(demo):
    return demo.root_page.specific


@pytest.fixture
def without_wagtail_vi(monkeypatch):
    """Translations as a site without the optional ``wagtail_vi`` app has them: Wagtail's own
    Vietnamese catalogue only. The package's own screens must read Vietnamese either way."""
    from django.apps import apps
    from django.utils import translation
    from django.utils.translation import trans_real

    class AppsWithoutWagtailVi:
        def __getattr__(self, name):
            return getattr(apps, name)

        def get_app_configs(self):
            return [c for c in apps.get_app_configs() if c.name != "wagtail_emulation.wagtail_vi"]

    monkeypatch.setattr(trans_real, "apps", AppsWithoutWagtailVi())
    monkeypatch.setattr(trans_real, "_translations", {})
    monkeypatch.setattr(trans_real, "_default", None)
    translation.deactivate()
    yield
    translation.deactivate()
