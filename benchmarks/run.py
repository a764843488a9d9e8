"""``make bench``: what the widgets cost a portal page, as ratios measured on one run.

Builds its own data (a news page with an ~8 KB body, 20 approved comments, 50 ratings and 5
related pages among 300 news pages; a bare Wagtail page with the same body), serves the
example site with gunicorn (2 sync workers) on 127.0.0.1 and loads each target in interleaved
rounds with a bounded client. Prints medians and ratios, then queries and writes per request,
and the query counts with 10 vs 1,000 comments and 300 vs 10,000 pages. Figures, not tests.

Besides the targets the issue names, two rows show what bounds them: the HTML cache with its
Redis tier alone (no per-process tier), and the empty view plus one Redis round trip, the
ceiling for anything that must reach Redis on every request (the beacon).

Then every other page type of the demo portal (home, indexes, library, register, honour
board…), the search with ``--search-pages`` articles (default 20,000; a broad query matches
84 % of them) and the full page through Varnish with the shipped configuration
(``example_site/deploy/varnish/default.vcl``) in front of the uncached server, all in the
same interleaved run: one table of ratios to the bare page.

    .venv/bin/python benchmarks/run.py [--rounds 3] [--seconds 5] [--skip-big]
                                       [--search-pages 20000]

The database is PostgreSQL (``BENCH_DATABASE_URL``, default a ``wagtail_emulation_bench``
database on 127.0.0.1 when PostgreSQL answers there, else a SQLite file); Redis
(``BENCH_REDIS_URL``, default db 9 on 127.0.0.1) backs the cache and the buffered beacons.
"""

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import (  # noqa: E402
    describe,
    flush_redis,
    fresh_postgres,
    fresh_sqlite,
    start_django,
)
from benchmarks.harness import gunicorn, interleaved_rounds  # noqa: E402
from benchmarks.loadtools import load_target  # noqa: E402

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


def choose_engines():
    """PostgreSQL and Redis on 127.0.0.1 when they answer, else SQLite and local memory."""
    database_url = os.environ.get("BENCH_DATABASE_URL") or (
        fresh_postgres("wagtail_emulation_bench")
        if _postgres_answers()
        else fresh_sqlite("wagtail_emulation_bench")
    )
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
    redis_url = flush_redis(redis_url) if _redis_answers(redis_url) else ""
    return database_url, redis_url


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--skip-big", action="store_true", help="skip the 10,000-page count")
    parser.add_argument("--search-pages", type=int, default=20_000, help="0: no search rows")
    args = parser.parse_args()

    database_url, redis_url = choose_engines()
    start_django(database_url, redis_url)
    from benchmarks import data, measure, page_types

    print(describe(database_url, redis_url))
    pages = data.build()
    per_request = measure.queries_per_request(pages, buffered=bool(redis_url))
    if args.search_pages:
        page_types.grow_for_search(pages.site.root_page, args.search_pages)
    typed = {**page_types.page_type_paths(), **page_types.search_paths()}
    per_request.update({name: measure.count("GET", path) for name, path in typed.items()})

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
            "benchmarks.settings", {"HTML_CACHE": "1", "HTML_CACHE_LOCAL_SECONDS": "0"}
        ) as shared,
        gunicorn(
            "benchmarks.settings",
            {"HTML_CACHE": "0", "BENCH_VISITS_WRITE_MODE": "buffered" if redis_url else "direct"},
        ) as buffered,
    ):
        targets = {
            "(a) bare Wagtail page": load_target(plain + paths["bare"]),
            "(b) full page": load_target(plain + paths["full"]),
            "(c) full page, HTML cache": load_target(cached + paths["full"]),
            "(c) same, Redis tier only": load_target(shared + paths["full"]),
            "(d) empty Django view": load_target(plain + paths["empty"]),
            "(e) beacon, direct": load_target(plain + paths["beacon"], lua=BEACON_LUA),
        }
        if redis_url:
            targets["(d) + one Redis round trip"] = load_target(plain + "/bench/redis-ping/")
            targets["(e) beacon, buffered"] = load_target(
                buffered + paths["beacon"], lua=BEACON_LUA
            )
        for name, path in typed.items():
            targets[name] = load_target(plain + path)
        front = page_types.varnish_in_front(plain)
        with front or contextlib.nullcontext() as varnish:
            if varnish:
                targets["(f) full page, Varnish in front"] = load_target(varnish + paths["full"])
            for target in targets.values():  # warm up every worker (first renders, connections)
                target(2)
            medians = interleaved_rounds(targets, rounds=args.rounds, seconds=args.seconds)

    measure.print_table(medians, per_request)
    measure.print_scaling(pages, skip_big=args.skip_big)


if __name__ == "__main__":
    main()
