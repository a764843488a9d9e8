"""Queries and in-process render time of the agency's pages (introduction, organisation chart,
a unit's page, leaders) and a vCard, with 5 people in 4 units and with 500 people in 40
units. Figures, not tests (``tests/agency/test_query_counts.py`` asserts the flatness).

    .venv/bin/python benchmarks/agency.py [--renders 30]

Runs on ``BENCH_DATABASE_URL``, default a fresh database named ``BENCH_DATABASE_NAME`` or
``wagtail_emulation_bench_agency`` on 127.0.0.1 when PostgreSQL answers there, else a SQLite
file. Times are the median of ``--renders`` renders through Django's test client, shown as a
ratio to a bare Wagtail page rendered in the same run, never as absolute speeds.
"""

import argparse
import os
import sys
from io import StringIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.commendations import measure  # noqa: E402
from benchmarks.environment import describe, fresh_postgres, fresh_sqlite, start_django  # noqa: E402
from benchmarks.run import _postgres_answers  # noqa: E402


def add_staff(agency, units, count, start):
    from wagtail_emulation.agency.people import Person

    ranks = [Person.Rank.HEAD, Person.Rank.DEPUTY, Person.Rank.STAFF, Person.Rank.STAFF]
    Person.objects.bulk_create(
        Person(
            full_name=f"Cán bộ {n}",
            position="Chuyên viên",
            unit=([agency, *units])[n % (len(units) + 1)],
            rank=ranks[n % len(ranks)],
            phone=f"0215 300 {n:04d}",
            email=f"canbo{n}@example.com",
            is_spokesperson=n == 1,
        )
        for n in range(start, start + count)
    )


def add_units(agency, count, start):
    from wagtail_emulation.organisation import Unit

    return [
        Unit.objects.create(name=f"Phòng {n}", kind=Unit.Kind.DIVISION, parent=agency)
        for n in range(start, start + count)
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--renders", type=int, default=30)
    args = parser.parse_args()
    name = os.environ.get("BENCH_DATABASE_NAME", "wagtail_emulation_bench_agency")
    database_url = os.environ.get("BENCH_DATABASE_URL") or (
        fresh_postgres(name) if _postgres_answers() else fresh_sqlite(name)
    )
    start_django(database_url, "")
    from django.core.management import call_command
    from django.test import Client
    from django.urls import reverse
    from wagtail.models import Site

    from benchmarks.bench_site.models import BarePage
    from example_site.portal.demo.utils import ensure_child
    from wagtail_emulation.agency.models import AgencyIntroPage, LeadersPage, OrganisationPage
    from wagtail_emulation.agency.people import Person
    from wagtail_emulation.organisation import Unit

    print(describe(database_url, ""))
    call_command("migrate", verbosity=0, stdout=StringIO())
    home = Site.objects.get(is_default_site=True).root_page
    agency, _created = Unit.objects.get_or_create(
        name="Sở Tư pháp (đo)", defaults={"kind": Unit.Kind.AGENCY}
    )
    bare = ensure_child(home, BarePage, "bare", title="Trang trống", body="<p>Trang.</p>")
    intro = ensure_child(home, AgencyIntroPage, "gioi-thieu-chung", title="Giới thiệu chung",
                         agency=agency)  # fmt: skip
    chart = ensure_child(home, OrganisationPage, "co-cau-to-chuc", title="Cơ cấu tổ chức",
                         agency=agency)  # fmt: skip
    leaders = ensure_child(home, LeadersPage, "lanh-dao", title="Lãnh đạo", agency=agency)
    units = add_units(agency, 4, 0)
    add_staff(agency, units, 5, 0)
    director = Person.objects.filter(unit=agency, rank=Person.Rank.HEAD).first()
    targets = {
        "bare Wagtail page": bare.url,
        "introduction": intro.url,
        "organisation chart": chart.url,
        "a unit's page": f"{chart.url}{units[0].slug}/",
        "leaders": leaders.url,
        "vCard": reverse("wagtail_emulation:agency:vcard", args=[director.pk]),
    }
    client = Client(HTTP_HOST="localhost")
    results = {"5": {label: measure(client, url, args.renders) for label, url in targets.items()}}
    add_staff(agency, units + add_units(agency, 36, 4), 495, 5)
    results["500"] = {label: measure(client, url, args.renders) for label, url in targets.items()}
    columns = ["queries@5", "queries@500", "× bare@5", "× bare@500"]
    print(f"{'target':22} {columns[0]:>10} {columns[1]:>12} {columns[2]:>9} {columns[3]:>11}")
    for label in targets:
        small, large = results["5"][label], results["500"][label]
        print(
            f"{label:22} {small[0]:10} {large[0]:12} "
            f"{small[1] / results['5']['bare Wagtail page'][1]:9.2f} "
            f"{large[1] / results['500']['bare Wagtail page'][1]:11.2f}"
        )
    print("(× bare: median render time through the test client, relative to the bare page)")


if __name__ == "__main__":
    main()
