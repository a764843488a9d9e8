"""The tutorial's last part, "On PostgreSQL and Redis", followed on a fresh ``wagtail start``
project against the suite's PostgreSQL and Redis (skipped on SQLite): its settings block reads
``DATABASE_URL`` and ``REDIS_URL``, its shell lines create the database, migrate and check, and
the article then counts its view in PostgreSQL with Redis as the shared cache."""

import os
import subprocess
from urllib.parse import urlsplit

import pytest

from tests.workers import NUMBER, own_redis_url

from .project import build_project

DATABASE_URL = os.environ.get("DATABASE_URL", "")

pytestmark = [
    pytest.mark.install,
    pytest.mark.postgres,
    pytest.mark.skipif(not DATABASE_URL.startswith("postgres"), reason="needs PostgreSQL"),
]


@pytest.fixture(scope="module")
def seen(tmp_path_factory):
    server = urlsplit(DATABASE_URL)
    # The suite's database name plus this worker's: the tutorial's "portal" stands for it.
    name = f"{server.path.lstrip('/')}_tutorial_{NUMBER}"
    database_url = server._replace(path=f"/{name}").geturl()
    redis_url = own_redis_url(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    dropdb = ["dropdb", "--if-exists", "-h", server.hostname, "-U", server.username, name]
    subprocess.run(dropdb, check=True, capture_output=True)  # noqa: S603
    try:
        _project, seen = build_project(
            tmp_path_factory.mktemp("tutorial-postgres"),
            with_database=True,
            env_overrides={"DATABASE_URL": database_url, "REDIS_URL": redis_url},
            replace={
                "postgres://postgres@127.0.0.1:5432/portal": database_url,
                "redis://127.0.0.1:6379/0": redis_url,
                " portal": f" {name}",
            },
        )
        yield seen
    finally:
        subprocess.run([*dropdb[:1], "--force", *dropdb[1:]], capture_output=True)  # noqa: S603


def test_the_article_is_served_and_its_view_counted_on_postgresql(seen):
    assert seen["status"] == 200
    assert "Bình luận" in seen["html"] and 'data-emulation="rating"' in seen["html"]
    assert seen["beacon_status"] == 204
    assert seen["views"] == 1
    assert seen["warnings"] == []
