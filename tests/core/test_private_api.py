"""The package uses no private API of Django, Wagtail or a cache backend: each of these broke,
or could break, on a minor release of what it reaches into."""

import re
from pathlib import Path

import pytest
from django.core.cache import caches
from django.test import override_settings

import wagtail_emulation
from wagtail_emulation.shared_cache import outage_key

PACKAGE = Path(wagtail_emulation.__file__).parent
PRIVATE = {
    r"\._slug_is_available\b": "Wagtail's Page._slug_is_available",
    r"\b_cached_parent_obj\b": "treebeard's parent cache",
    r"\b_dont_enforce_csrf_checks\b": "the test client's CSRF switch",
    r"\._servers?\b": "a cache backend's server list",
}


@pytest.mark.parametrize(("pattern", "what"), PRIVATE.items())
def test_no_module_of_the_package_reaches_into(pattern, what):
    offenders = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in PACKAGE.rglob("*.py")
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if re.search(pattern, line)
    ]
    assert not offenders, f"{what}: {offenders}"


@override_settings(
    CACHES={
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "a"},
        "same": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "a"},
        "other": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "b"},
    }
)
def test_two_aliases_of_one_cache_server_share_their_outages():
    assert outage_key(caches["default"]) == outage_key(caches["same"])
    assert outage_key(caches["default"]) != outage_key(caches["other"])
