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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.in_process import (  # noqa: E402
    arguments,
    interleaved,
    print_table,
    profile,
    queries,
    start,
)


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
    parser = arguments(
        __doc__.split("\n\n")[0], metavar="LABEL", help="cProfile 50 requests of one page"
    )
    parser.add_argument("--build", action="store_true", help="migrate and write the demo data")
    args = parser.parse_args()
    start()
    from django.test import Client

    if args.build:
        from benchmarks import data

        data.build(news_pages=0)
    client = Client(HTTP_HOST="127.0.0.1")
    targets = {label: (path, {}) for label, path in agency_paths().items()}
    if args.profile:
        profile(client, *targets[args.profile], 50, args.sort)
        return
    counted = {name: queries(client, *target) for name, target in targets.items()}
    print_table(interleaved(client, targets, args.rounds, args.seconds), counted, bare="bare")


if __name__ == "__main__":
    main()
