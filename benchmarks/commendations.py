"""Queries and in-process render time of the decisions register and the honour board, with
100 decisions (500 recipients) and with 20,000 decisions (100,000 recipients). Figures, not
tests (``tests/commendations/test_query_counts.py`` asserts the flatness).

    .venv/bin/python benchmarks/commendations.py [--renders 30]

Runs on PostgreSQL (``BENCH_DATABASE_URL``, default a fresh database named
``BENCH_DATABASE_NAME`` or ``wagtail_emulation_bench_commendations`` on 127.0.0.1 when
PostgreSQL answers there, else a SQLite file). Times are the median of ``--renders`` renders
through Django's test client, shown as a ratio to a bare Wagtail page rendered in the same
run, never as absolute speeds.
"""

import argparse
import os
import statistics
import sys
import time
from io import StringIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import describe, fresh_postgres, fresh_sqlite, start_django  # noqa: E402
from benchmarks.run import _postgres_answers  # noqa: E402


def measure(client, url, renders):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    queries = len(context.captured_queries)  # read now: the next request empties the log
    durations = []
    for _ in range(renders):
        started = time.perf_counter()
        client.get(url)
        durations.append(time.perf_counter() - started)
    return queries, statistics.median(durations)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--renders", type=int, default=30)
    args = parser.parse_args()
    name = os.environ.get("BENCH_DATABASE_NAME", "wagtail_emulation_bench_commendations")
    database_url = os.environ.get("BENCH_DATABASE_URL") or (
        fresh_postgres(name) if _postgres_answers() else fresh_sqlite(name)
    )
    start_django(database_url, "")
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from wagtail.models import Site

    from benchmarks.bench_site.models import BarePage
    from example_site.portal.demo.utils import ensure_child
    from wagtail_emulation.commendations.bulk import add_decisions
    from wagtail_emulation.commendations.models import Award, DecisionIndexPage, HonourBoardPage

    print(describe(database_url, ""))
    call_command("migrate", verbosity=0, stdout=StringIO())
    home = Site.objects.get(is_default_site=True).root_page
    bare = ensure_child(home, BarePage, "bare", title="Trang trống", body="<p>Trang.</p>")
    register = ensure_child(home, DecisionIndexPage, "quyet-dinh", title="Quyết định khen thưởng")
    board = ensure_child(home, HonourBoardPage, "bang-vang", title="Bảng vàng", per_page=24)
    award = Award.objects.get(name="Lao động tiên tiến")
    targets = {
        "bare Wagtail page": bare.url,
        "register": register.url,
        "register, filtered": f"{register.url}?year=2020&award={award.pk}&page=2",
        "register, number prefix": f"{register.url}?number=12",
        "honour board": board.url,
        "honour board, filtered": f"{board.url}?year=2020&award={award.pk}",
    }
    client = Client(HTTP_HOST="localhost")
    results = {}
    for size, (decisions, start) in {"100": (100, 0), "20,000": (19_900, 100)}.items():
        add_decisions(decisions, recipients_each=5, start=start)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:  # as autovacuum would after a bulk load
                cursor.execute("ANALYZE")
        results[size] = {
            label: measure(client, url, args.renders) for label, url in targets.items()
        }
    columns = ["queries@100", "queries@20k", "× bare@100", "× bare@20k"]
    print(f"{'target':26} {columns[0]:>12} {columns[1]:>12} {columns[2]:>11} {columns[3]:>11}")
    for label in targets:
        small, large = results["100"][label], results["20,000"][label]
        print(
            f"{label:26} {small[0]:12} {large[0]:12} "
            f"{small[1] / results['100']['bare Wagtail page'][1]:11.2f} "
            f"{large[1] / results['20,000']['bare Wagtail page'][1]:11.2f}"
        )
    print("(× bare: median render time through the test client, relative to the bare page)")


if __name__ == "__main__":
    main()
