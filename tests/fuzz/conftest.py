"""Hypothesis profiles and the request counter of the fuzz suite.

``ci`` (the default) is derandomised (the same examples every run) and short enough for every
test run; ``FUZZ_PROFILE=long`` (``make fuzz``) draws many more, with a new seed each time.
At the end of the session the number of requests sent and of 5xx answers is printed.
"""

import os

import pytest
from hypothesis import HealthCheck, settings
from wagtail.models import Site

from . import recorder

_COMMON = {
    "deadline": None,  # a page render on a shared 2-core machine is no bug
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    "database": None,  # no example database files in the working tree
}
settings.register_profile("ci", max_examples=150, derandomize=True, **_COMMON)
settings.register_profile("long", max_examples=1500, **_COMMON)
settings.load_profile(os.environ.get("FUZZ_PROFILE", "ci"))


@pytest.fixture(scope="module")
def demo_site(_demo_for_module):
    """The demo portal (``tests/conftest.py``), for the whole module.

    Each test's own transaction (``django_db``) is a savepoint inside the module's: every
    example of every test of the module runs on the same data, and what they write is undone.
    """
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def portal_settings(settings):
    """Limits out of the way, so hostile input reaches the code behind them."""
    settings.WAGTAIL_EMULATION_VISITS_RATE_LIMIT = 0
    settings.WAGTAIL_EMULATION_VISITS_IP_RATE_LIMIT = 0
    settings.WAGTAIL_EMULATION_RATINGS_READER_LIMIT = 0
    settings.WAGTAIL_EMULATION_RATINGS_IP_LIMIT = 0
    settings.WAGTAIL_EMULATION_COMMENTS_RATE_LIMIT_PER_IP = (0, 0)
    settings.WAGTAIL_EMULATION_COMMENTS_RATE_LIMIT_PER_EMAIL = (0, 0)
    settings.WAGTAIL_EMULATION_COMMENTS_MIN_FILL_SECONDS = 0
    settings.WAGTAIL_EMULATION_COMMENDATIONS_RESPONSE_RATE_LIMIT_PER_IP = (0, 0)
    settings.WAGTAIL_EMULATION_COMMENDATIONS_RESPONSE_RATE_LIMIT_PER_PHONE = (0, 0)
    return settings


def pytest_terminal_summary(terminalreporter):
    if recorder.counts["requests"]:
        terminalreporter.write_line(
            f"fuzz ({os.environ.get('FUZZ_PROFILE', 'ci')} profile): "
            f"{recorder.counts['requests']} requests, {recorder.counts['5xx']} answered 5xx, "
            f"{recorder.counts['errors_checked']} error messages checked for Vietnamese"
        )
