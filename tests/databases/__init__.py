"""Django database backends for the suite: Django's own, with test databases copied from a
migrated template (``templates.py``). ``tests/settings.py`` and the subsets' settings use them."""

ENGINES = {
    "django.db.backends.sqlite3": "tests.databases.sqlite3",
    "django.db.backends.postgresql": "tests.databases.postgresql",
}


def with_templates(database):
    """``database`` (a DATABASES entry) on the same engine, its test database from a template."""
    return {**database, "ENGINE": ENGINES.get(database["ENGINE"], database["ENGINE"])}
