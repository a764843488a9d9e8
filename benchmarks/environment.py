"""The database and Redis a benchmark runs on, exported for this process and its servers.

``harness.gunicorn`` passes this process's environment on, so the servers it starts use the
same database, Redis and settings module as the data built here.
"""

import os
import subprocess
import tempfile
from pathlib import Path

from benchmarks.harness import HOST


def fresh_postgres(name):
    """The URL of database ``name`` on the local PostgreSQL, dropped and created anew."""
    subprocess.run(
        ["psql", "-h", HOST, "-U", "postgres", "-d", "postgres", "-q",
         "-c", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
         "-c", f'CREATE DATABASE "{name}"'],
        check=True,
    )  # fmt: skip
    return f"postgres://postgres@{HOST}:5432/{name}"


def fresh_sqlite(name):
    """The URL of an empty SQLite file ``<name>.sqlite3`` in the temporary folder."""
    path = Path(tempfile.gettempdir()) / f"{name}.sqlite3"
    path.unlink(missing_ok=True)
    return f"sqlite:///{path}"


def flush_redis(url):
    """Empty the Redis database at ``url`` (left from an earlier run); returns ``url``."""
    import redis

    redis.Redis.from_url(url).flushdb()
    return url


def start_django(database_url, redis_url, **environment):
    """Export the choice (and ``environment``) with the benchmark settings; set Django up.

    The HTML cache is off in this process, where queries are counted; a server started
    afterwards may turn it on through its own environment.
    """
    import django

    os.environ.update(
        {
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
            "HTML_CACHE": "0",
            **environment,
        }
    )
    django.setup()


def describe(database_url, redis_url):
    """One line naming the database (without credentials) and the cache."""
    return f"database: {database_url.split('@')[-1]}   redis: {redis_url or 'none (locmem)'}"
