"""Django database backends for the suite: Django's own, with test databases copied from a
migrated template (``templates.py``). ``tests/settings.py`` and the subsets' settings use them."""

ENGINES = {
    "django.db.backends.sqlite3": "tests.databases.sqlite3",
    "django.db.backends.postgresql": "tests.databases.postgresql",
}


def with_templates(database):
    """``database`` (a DATABASES entry) on the same engine, its test database from a template."""
    wrapped = {**database, "ENGINE": ENGINES.get(database["ENGINE"], database["ENGINE"])}
    if database["ENGINE"] == "django.db.backends.sqlite3" and not database.get("TEST", {}).get(
        "NAME"
    ):
        # pytest-django leaves Django's own SQLite engine in memory under xdist but gives any
        # other engine a per-worker file ("test_:memory:_gw0"); said outright, it stays there.
        wrapped["TEST"] = {**database.get("TEST", {}), "NAME": ":memory:"}
    return wrapped
