"""What a hostile User-Agent costs a beacon, against a browser's.

    .venv/bin/python benchmarks/user_agent.py [--beacons 300] [--rounds 5]

Sends beacons in this process through Django's test client (the whole request path: URL
resolution, signature, bot check, visitor state, the count) and measures the CPU time each
one takes. Every beacon carries a User-Agent never seen before, so no cache helps. Three
kinds, interleaved in rounds, medians printed:

* a browser's User-Agent (~130 characters);
* an 8 KB one of word characters, which made crawlerdetect's patterns backtrack for 5–7 s;
* the worst we know of below the length cap: 512 characters of 40-character words.

The database is SQLite (``BENCH_UA_DATABASE_URL`` to choose another), the cache local memory
(``BENCH_UA_REDIS_URL`` for Redis). Figures only; nothing is asserted. Target: an 8 KB
User-Agent costs no more than twice a browser's.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import describe, fresh_sqlite, start_django  # noqa: E402

BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36 n/{n}"
)


def agents(kind, number):
    if kind == "browser":
        return BROWSER.format(n=number)
    if kind == "8 KB":
        return f"{number}" + "a" * 8000
    word = "abcdefghij" * 4
    return (f"{number}." + f"{word}." * 13)[:512]


KINDS = ("browser", "8 KB", "512 worst")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--beacons", type=int, default=300, help="beacons per kind and round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    database_url = os.environ.get("BENCH_UA_DATABASE_URL") or fresh_sqlite("emu_user_agent")
    redis_url = os.environ.get("BENCH_UA_REDIS_URL", "")
    start_django(database_url, redis_url)

    from django.core.management import call_command
    from django.test import Client
    from django.urls import reverse
    from wagtail.models import Site

    from wagtail_emulation.visits.visitors import beacon_signature

    call_command("migrate", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    path = reverse(
        "wagtail_emulation:visits:beacon",
        args=(site.pk, site.root_page_id, beacon_signature(site.pk, site.root_page_id)),
    )
    client = Client(HTTP_HOST="127.0.0.1")
    serial = iter(range(10**9))

    def cost(kind):
        """CPU seconds per beacon over ``args.beacons`` beacons of one kind."""
        start = time.process_time()
        for _ in range(args.beacons):
            response = client.post(path, HTTP_USER_AGENT=agents(kind, next(serial)))
            assert response.status_code == 204, response.status_code  # noqa: S101
        return (time.process_time() - start) / args.beacons

    for kind in KINDS:  # warm up: imports, compiled patterns, the day's salt
        cost(kind)
    samples = {kind: [] for kind in KINDS}
    for _ in range(args.rounds):
        for kind in KINDS:
            samples[kind].append(cost(kind))

    print(describe(database_url, redis_url))
    print(f"{args.rounds} rounds × {args.beacons} beacons per kind, CPU time per beacon (median)")
    browser = statistics.median(samples["browser"])
    for kind in KINDS:
        median = statistics.median(samples[kind])
        print(f"  {kind:<10} {median * 1000:7.3f} ms   {median / browser:5.2f}× a browser's")


if __name__ == "__main__":
    main()
