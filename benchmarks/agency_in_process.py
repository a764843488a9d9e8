"""The agency's pages (organisation chart, a unit's page, leaders, introduction) against the
bare Wagtail page, in this process, on ``make bench``'s data (the demo portal).

Django's test client, the benchmark (production) settings, HTML cache off; the kept
fragments in Redis work as they do under ``make bench``. In interleaved rounds it requests
each page in turn for a few seconds; prints the median requests/s, the ratio to the bare
page, the milliseconds per request and the queries each request runs. No server and no load
client: what the application costs. Figures, not tests.

    BENCH_DATABASE_URL=postgres://… BENCH_REDIS_URL=redis://…/4 \\
        .venv/bin/python benchmarks/agency_in_process.py --build   # once: migrate, demo data
    … benchmarks/agency_in_process.py [--rounds 3] [--seconds 5] [--profile chart]
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import describe, start_django  # noqa: E402
from benchmarks.search_in_process import queries, rate  # noqa: E402


def agency_paths():
    """{label: path} of the demo agency's pages (the bare page first)."""
    from benchmarks.bench_site.models import BarePage
    from wagtail_emulation.agency.models import AgencyIntroPage, LeadersPage, OrganisationPage

    chart = OrganisationPage.objects.live().first()
    unit = chart.directory.nodes[1].unit
    return {
        "bare": BarePage.objects.get(slug="bench-bare").url,
        "chart": chart.url,
        "unit": chart.url + chart.reverse_subpage("unit", args=[unit.slug]),
        "leaders": LeadersPage.objects.live().first().url,
        "intro": AgencyIntroPage.objects.live().first().url,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", action="store_true", help="migrate and write the demo data")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--profile", metavar="LABEL", help="cProfile 50 requests of one page")
    parser.add_argument("--sort", default="cumulative", help="the profile's order (tottime…)")
    args = parser.parse_args()

    database_url = os.environ["BENCH_DATABASE_URL"]
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
    start_django(database_url, redis_url)
    from django.test import Client

    print(describe(database_url, redis_url))
    if args.build:
        from benchmarks import data

        data.build(news_pages=0)
    client = Client(HTTP_HOST="127.0.0.1")
    targets = {label: (path, {}) for label, path in agency_paths().items()}
    if args.profile:
        path = targets[args.profile][0]
        client.get(path)
        profile = cProfile.Profile()
        for _ in range(50):
            profile.runcall(client.get, path)
        pstats.Stats(profile).sort_stats(args.sort).print_stats(45)
        return
    counted = {name: queries(client, *target) for name, target in targets.items()}
    samples = {name: [] for name in targets}
    for _round in range(args.rounds):
        for name, target in targets.items():
            samples[name].append(rate(client, *target, args.seconds))
    bare = statistics.median(samples["bare"])
    print(f"\n{'target':10} {'req/s':>7} {'× bare':>7} {'ms':>6} {'queries':>7}   rounds (req/s)")
    for name, values in samples.items():
        median = statistics.median(values)
        rounds = " ".join(f"{value:.1f}" for value in values)
        print(
            f"{name:10} {median:7.1f} {median / bare:7.2f} {1000 / median:6.1f} "
            f"{counted[name]:7}   {rounds}"
        )


if __name__ == "__main__":
    main()
