"""Visit beacons: requests per second against an empty Django view, and database writes.

    .venv/bin/python benchmarks/visits.py [--rounds 3] [--seconds 5]

Serves the example site with gunicorn (2 sync workers) on 127.0.0.1, twice: beacons in the
direct write mode and in the buffered one (Redis). wrk (or the Python client) loads the empty
view and both beacons in interleaved rounds; every beacon comes from a new visitor (a distinct
User-Agent, see beacon.lua), the worst case for the visitor state. Then each mode gets a short
load of its own while PostgreSQL's statistics count the rows written, and the flush that folds
the buffered beacons into the database is measured too. Figures only; nothing is asserted.

``VISITS_LUA`` names another wrk script, e.g. one browser's User-Agent with a distinct
``X-Forwarded-For`` per beacon (then also export ``TRUSTED_PROXIES=127.0.0.1``).

PostgreSQL: ``BENCH_VISITS_DATABASE_URL`` (default the ``emu_visits`` database on 127.0.0.1,
dropped and created anew); Redis: ``BENCH_VISITS_REDIS_URL`` (default db 4, flushed).
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import describe, flush_redis, fresh_postgres, start_django  # noqa: E402
from benchmarks.harness import gunicorn, interleaved_rounds, requests_per_second  # noqa: E402
from benchmarks.loadtools import load_target  # noqa: E402

BEACON_LUA = Path(os.environ.get("VISITS_LUA", Path(__file__).resolve().parent / "beacon.lua"))
STATS_SETTLE_SECONDS = 11  # PostgreSQL 15 reports an idle backend's counters within 10 s
WRITES_LOAD_SECONDS = 3


def configure_environment():
    database_url = os.environ.get("BENCH_VISITS_DATABASE_URL") or fresh_postgres("emu_visits")
    redis_url = flush_redis(os.environ.get("BENCH_VISITS_REDIS_URL", "redis://127.0.0.1:6379/4"))
    start_django(database_url, redis_url)
    return database_url, redis_url


def beacon_target():
    """The Site and page Wagtail's migrations create, and the page's signed beacon path."""
    from django.core.management import call_command
    from django.urls import reverse
    from wagtail.models import Site

    from wagtail_emulation.visits.visitors import beacon_signature

    call_command("migrate", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    page_id = site.root_page_id
    path = reverse(
        "wagtail_emulation:visits:beacon",
        args=(site.pk, page_id, beacon_signature(site.pk, page_id)),
    )
    return site, page_id, path


def rows_written():
    """Rows inserted, updated or deleted in every table, as PostgreSQL counts them."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables"
        )
        return int(cursor.fetchone()[0])


def views_counted(site, page_id):
    """Views of the page in the database plus those waiting in the Redis buffer."""
    from django.db.models import Sum

    from wagtail_emulation.visits.buffer import buffer_store
    from wagtail_emulation.visits.models import PageViewDaily

    stored = PageViewDaily.objects.filter(page_id=page_id).aggregate(views=Sum("views"))["views"]
    store = buffer_store()
    buffered = store.client.hget(store.buffer_key, f"t:{site.pk}:{page_id}")
    return (stored or 0) + int(buffered or 0)


def writes_per_beacon(url, site, page_id):
    """(beacons, rows written) for a short load of one server."""
    time.sleep(STATS_SETTLE_SECONDS)  # earlier loads' counters are in the statistics now
    rows_before, views_before = rows_written(), views_counted(site, page_id)
    requests_per_second(url, WRITES_LOAD_SECONDS, lua=BEACON_LUA)
    time.sleep(STATS_SETTLE_SECONDS)
    return views_counted(site, page_id) - views_before, rows_written() - rows_before


def flush_cost():
    """(batch fields, rows written) of folding the whole buffer into the database."""
    from wagtail_emulation.visits.buffer import flush_buffer

    rows_before = rows_written()
    result = flush_buffer()
    time.sleep(STATS_SETTLE_SECONDS)
    return result, rows_written() - rows_before


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    args = parser.parse_args()

    database_url, redis_url = configure_environment()
    site, page_id, beacon_path = beacon_target()
    print(describe(database_url, redis_url))
    with (
        gunicorn("benchmarks.settings", {"BENCH_VISITS_WRITE_MODE": "direct"}) as direct,
        gunicorn("benchmarks.settings", {"BENCH_VISITS_WRITE_MODE": "buffered"}) as buffered,
    ):
        targets = {
            "empty Django view": load_target(direct + "/bench/empty/"),
            "beacon, direct": load_target(direct + beacon_path, lua=BEACON_LUA),
            "beacon, buffered": load_target(buffered + beacon_path, lua=BEACON_LUA),
        }
        for target in targets.values():  # warm up every worker
            target(2)
        medians = interleaved_rounds(targets, rounds=args.rounds, seconds=args.seconds)
        writes = {
            "beacon, direct": writes_per_beacon(direct + beacon_path, site, page_id),
            "beacon, buffered": writes_per_beacon(buffered + beacon_path, site, page_id),
        }
    flushed, flush_rows = flush_cost()

    floor = medians["empty Django view"]
    print(
        f"\n{'target':<20} {'req/s':>9} {'× floor':>8} {'beacons':>8} {'rows written/beacon':>20}"
    )
    for name, rate in medians.items():
        beacons, rows = writes.get(name, (None, None))
        per_beacon = f"{rows / beacons:.3f}" if beacons else "-"
        print(f"{name:<20} {rate:>9.0f} {rate / floor:>8.2f} {beacons or '-':>8} {per_beacon:>20}")
    print(
        f"\nflush of the buffer: {flushed.batches} batch(es), {flushed.fields} counters, "
        f"{flush_rows} rows written (for every beacon buffered since the last flush)"
    )


if __name__ == "__main__":
    main()
