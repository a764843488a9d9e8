"""``make bench``: what the widgets cost a portal page, as ratios measured on one run.

Builds its own data (a news page with an ~8 KB body, 20 approved comments, 50 ratings and 5
related pages among 300 news pages; a bare Wagtail page with the same body), serves the
example site with gunicorn (2 sync workers) on 127.0.0.1 and loads each target in interleaved
rounds with a bounded client. Prints medians and ratios, then queries and writes per request,
and the query counts with 10 vs 1,000 comments and 300 vs 10,000 pages. Figures, not tests.

    .venv/bin/python benchmarks/run.py [--rounds 3] [--seconds 5] [--skip-big]

The database is PostgreSQL (``BENCH_DATABASE_URL``, default a ``wagtail_emulation_bench``
database on 127.0.0.1 when PostgreSQL answers there, else a SQLite file); Redis
(``BENCH_REDIS_URL``, default db 9 on 127.0.0.1) backs the cache and the buffered beacons.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import gunicorn, interleaved_rounds, requests_per_second  # noqa: E402

BEACON_LUA = Path(__file__).resolve().parent / "beacon.lua"


def _postgres_answers():
    return bool(shutil.which("pg_isready")) and (
        subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"], check=False).returncode == 0
    )


def _redis_answers(url):
    try:
        import redis

        return redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except Exception:  # noqa: BLE001 - any failure means "no Redis for the benchmark"
        return False


def configure_environment():
    """Choose the database and Redis, and export them for this process and the servers."""
    database_url = os.environ.get("BENCH_DATABASE_URL")
    if not database_url:
        if _postgres_answers():
            subprocess.run(
                ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-q",
                 "-c", "DROP DATABASE IF EXISTS wagtail_emulation_bench WITH (FORCE)",
                 "-c", "CREATE DATABASE wagtail_emulation_bench"],
                check=True,
            )  # fmt: skip
            database_url = "postgres://postgres@127.0.0.1:5432/wagtail_emulation_bench"
        else:
            path = Path(tempfile.gettempdir()) / "wagtail_emulation_bench.sqlite3"
            path.unlink(missing_ok=True)
            database_url = f"sqlite:///{path}"
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
    if _redis_answers(redis_url):
        import redis

        redis.Redis.from_url(redis_url).flushdb()
    else:
        redis_url = ""
    os.environ.update(
        {
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
            # Queries are counted in this process with the HTML cache off; the servers
            # choose for themselves.
            "HTML_CACHE": "0",
        }
    )
    return database_url, redis_url


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--skip-big", action="store_true", help="skip the 10,000-page count")
    args = parser.parse_args()

    database_url, redis_url = configure_environment()
    import django

    django.setup()
    from benchmarks import data, measure

    print(f"database: {database_url.split('@')[-1]}   redis: {redis_url or 'none (locmem)'}")
    pages = data.build()
    per_request = measure.queries_per_request(pages, buffered=bool(redis_url))

    paths = {
        "bare": pages.bare.url,
        "full": pages.full.url,
        "empty": "/bench/empty/",
        "beacon": pages.beacon_path,
    }
    with (
        gunicorn("benchmarks.settings", {"HTML_CACHE": "0"}) as plain,
        gunicorn("benchmarks.settings", {"HTML_CACHE": "1"}) as cached,
        gunicorn(
            "benchmarks.settings",
            {"HTML_CACHE": "0", "BENCH_VISITS_WRITE_MODE": "buffered" if redis_url else "direct"},
        ) as buffered,
    ):

        def load(url, **kwargs):
            return lambda seconds: requests_per_second(url, seconds, **kwargs)

        targets = {
            "(a) bare Wagtail page": load(plain + paths["bare"]),
            "(b) full page": load(plain + paths["full"]),
            "(c) full page, HTML cache": load(cached + paths["full"]),
            "(d) empty Django view": load(plain + paths["empty"]),
            "(e) beacon, direct": load(plain + paths["beacon"], lua=BEACON_LUA),
        }
        if redis_url:
            targets["(e) beacon, buffered"] = load(buffered + paths["beacon"], lua=BEACON_LUA)
        for target in targets.values():  # warm up every worker (first renders, connections)
            target(2)
        medians = interleaved_rounds(targets, rounds=args.rounds, seconds=args.seconds)

    measure.print_table(medians, per_request)
    measure.print_scaling(pages, skip_big=args.skip_big)


if __name__ == "__main__":
    main()
