"""The supported versions, each checked on SQLite with a small representative part of the suite.

`.ci/run` runs the whole suite on the main environment (.venv: Python 3.11, Django 5.2, then
PostgreSQL + Redis and Chromium); here each other combination of Python and Django that
Wagtail 8 supports proves the package works on it, in a fresh virtualenv made by uv (`nox -s
matrix` for all six, or one: `nox -s "matrix(3.13-django6.1)"`; `.ci/run` runs two of them).
Django 6 needs Python 3.12 or newer.

What a cell runs (SUBSET) is what can differ between versions, not the whole suite again: the
models match their migrations and the migrations apply, the core's template tags, state endpoint
and slugs, the admin in Vietnamese, and one module per sub-app that renders its pages and takes
its readers' input. The rest of the core (Vietnamese text helpers, catalogues, query counts,
hostile input, caching) does not depend on the version and runs once, in the full suite.
"""

import time

import nox

nox.options.default_venv_backend = "uv"
nox.options.reuse_existing_virtualenvs = True

# Wagtail 8.0's metadata declares Django 5.2, 6.0 and 6.1.
DJANGO = {"5.2": "Django>=5.2,<5.3", "6.0": "Django>=6.0,<6.1", "6.1": "Django>=6.1,<6.2"}
CELLS = [
    ("3.12", "5.2"),
    ("3.13", "5.2"),
    ("3.12", "6.0"),
    ("3.13", "6.0"),
    ("3.12", "6.1"),
    ("3.13", "6.1"),
]
# The core's version-sensitive parts (migrations, template tags, endpoints, admin), and one
# module per sub-app that renders its pages and takes its readers' input.
SUBSET = [
    "tests/core/test_settings_and_reader_identity.py",
    "tests/core/test_foundation.py",
    "tests/core/test_admin_vietnamese.py",
    "tests/campaigns/test_campaigns.py",
    "tests/news/test_news.py",
    "tests/exemplars/test_exemplars.py",
    "tests/legal_documents/test_library.py",
    "tests/commendations/test_decisions.py",
    "tests/ratings/test_votes.py",
    "tests/comments/test_form.py",
    "tests/visits/test_beacon.py",
    "tests/site_search/test_search_page.py",
    "tests/wagtail_vi/test_catalogue.py",
]


@nox.session
@nox.parametrize("python,django", CELLS, ids=[f"{p}-django{d}" for p, d in CELLS])
def matrix(session, django):
    started = time.monotonic()
    session.install("-e", ".[test]", DJANGO[django])
    session.run(
        "python", "-c", "import django, wagtail; print(django.__version__, wagtail.__version__)"
    )
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        "-n",
        "0",
        *SUBSET,
        *session.posargs,
    )
    session.log(
        f"cell Python {session.python} / Django {django}: {time.monotonic() - started:.0f} s"
    )
