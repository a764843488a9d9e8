from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Site


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits, salts and counters live in the cache: every test starts with none, and with
    no cache known to be down, no outage warning logged and no fragment read plan yet."""
    from django.core.cache import caches

    from wagtail_emulation.faults import fault_log
    from wagtail_emulation.fragments import plans
    from wagtail_emulation.shared_cache import outages

    outages.clear()
    fault_log.reset()
    plans.clear()
    for alias in caches:
        caches[alias].clear()
    yield
    outages.clear()


class DemoContent:
    """The demo content, loaded at most once per run of consecutive test modules that use it.

    It lives in a transaction that stays open while such modules follow one another (each
    module works in a savepoint of it, rolled back when the module ends, and each test in a
    savepoint of that: pytest-django's ``db``); it is rolled back before a module whose first
    test does not use it. ``pytest_collection_modifyitems`` puts the modules that use it
    together, so each xdist worker loads it a few times instead of once per module (3.5 s of
    CPU each time)."""

    def __init__(self):
        self._transaction = None

    def load(self):
        if self._transaction is None:
            self._transaction = transaction.atomic()
            self._transaction.__enter__()
            call_command("load_demo", stdout=StringIO())

    def unload(self):
        if self._transaction is not None:
            transaction.set_rollback(True)
            self._transaction.__exit__(None, None, None)
            self._transaction = None


DEMO = DemoContent()


def uses_demo(item):
    return "_demo_for_module" in getattr(item, "fixturenames", ())


#: Tests that run for long in processes of their own (fresh sites, live servers).
LONG_MARKERS = ("subsets", "install", "slow")


def pytest_collection_modifyitems(items):
    """Modules with long tests first, so that no xdist worker runs one alone at the end; then
    the modules whose first test uses the demo content, one after another (they share one
    load); then those that use it from a later test on (each loads it again); then the rest.
    Stable: modules keep their order within each group, tests theirs within each module."""
    first_items = {}
    for item in items:
        first_items.setdefault(getattr(item, "module", None), item)
    long_modules = {
        getattr(item, "module", None)
        for item in items
        if any(item.get_closest_marker(marker) for marker in LONG_MARKERS)
    }
    demo_modules = {getattr(item, "module", None) for item in items if uses_demo(item)}

    def group(item):
        module = getattr(item, "module", None)
        if module in long_modules:
            return 0
        if module in demo_modules:
            return 1 if uses_demo(first_items[module]) else 2
        return 3

    for module in demo_modules:
        if not uses_demo(first_items[module]):  # 20-40 s of CPU each time
            first_items[module].warn(
                pytest.PytestWarning(
                    "loads the demo content again: its first test does not use it, a later "
                    "one does (put its demo tests first, or in a module of their own)"
                )
            )

    items.sort(key=group)


@pytest.fixture(scope="session")
def _demo_content(django_db_setup, django_db_blocker):
    yield DEMO
    with django_db_blocker.unblock():
        DEMO.unload()  # before pytest-django drops the test database


@pytest.fixture(scope="module", autouse=True)
def _no_demo_unless_used(request, django_db_blocker):
    """A module starts without the demo content unless its first test uses it: as it would
    alone, where the content comes with the first test that asks for it."""
    items = request.session.items
    first = next(item for item in items if getattr(item, "module", None) is request.module)
    if not uses_demo(first):
        with django_db_blocker.unblock():
            DEMO.unload()


@pytest.fixture(scope="module")
def _demo_for_module(_demo_content, django_db_blocker):
    """The demo content for this module; whatever the module changes is undone after it."""
    with django_db_blocker.unblock():
        _demo_content.load()
        with transaction.atomic():
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


@pytest.fixture
def english_site():
    """The site serves English (``WAGTAIL_I18N_ENABLED``; ``en`` is a content language in the
    example site's settings). Reversed addresses and Wagtail's site root paths are kept per
    language, so both are dropped when English is switched on and again when it goes off."""
    from django.test import override_settings
    from django.urls import clear_url_caches

    with override_settings(WAGTAIL_I18N_ENABLED=True):
        clear_url_caches()
        Site.clear_site_root_paths_cache()
        yield
    clear_url_caches()
    Site.clear_site_root_paths_cache()


@pytest.fixture
def english_demo(demo, english_site):
    """The demo with its English pages (the demo builds them only when English is on)."""
    from example_site.portal.demo import english

    english.build(demo.root_page.specific)
    return demo
