"""Which pytest-xdist worker this process is, so that what the suite uses outside its own
process (Redis databases, server ports) is never shared by two workers running at once.

Without xdist the process is worker 0 of 1. Each worker has its own SQLite (in memory) or
PostgreSQL (``test_<name>_gwN``, from pytest-django) test database and its own ``tmp_path``.
"""

import os

NUMBER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
COUNT = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))


def own_share(values):
    """This worker's share of ``values`` (a range of ports…): every COUNT-th, from its number."""
    return values[NUMBER::COUNT]


def own_redis_url(url):
    """``redis://host:port/N`` for worker k: database N + k, since every test empties the
    cache it starts with (django-redis's ``clear()`` empties the whole database)."""
    base, _slash, database = url.rstrip("/").rpartition("/")
    if not database.isdigit():  # no database in the URL: Redis's database 0
        base, database = url.rstrip("/"), "0"
    return f"{base}/{int(database) + NUMBER}"
