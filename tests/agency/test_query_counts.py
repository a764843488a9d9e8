"""The agency's pages cost the same queries with 5 or 500 people and 4 or 40 units."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail_emulation.agency.people import Person
from wagtail_emulation.fragments import ALL, forget_fragments
from wagtail_emulation.organisation import Unit

pytestmark = pytest.mark.django_db


def queries(client, url):
    client.get(url)  # first-use work (site settings, content types) outside the count
    forget_fragments("page", ALL)  # the JSON-LD is built again, inside the count
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def add_people(agency, units, count, start=0):
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
            is_focal_official=n == 2,
        )
        for n in range(start, start + count)
    )


def add_units(agency, count, start=0):
    return [
        Unit.objects.create(name=f"Phòng {n}", kind=Unit.Kind.DIVISION, parent=agency)
        for n in range(start, start + count)
    ]


def test_query_counts_are_flat_from_5_to_500_people(client, agency, agency_pages):
    units = add_units(agency, 4)
    add_people(agency, units, 5)
    unit_url = agency_pages["chart"].url + units[0].slug + "/"
    urls = [page.url for page in agency_pages.values()] + [unit_url]
    small = [queries(client, url) for url in urls]
    units += add_units(agency, 36, start=4)
    add_people(agency, units, 495, start=5)
    assert Person.objects.count() == 500
    large = [queries(client, url) for url in urls]
    assert large == small
    assert 0 < max(large) <= 20
    # Everyone in post is on the chart or the leaders page they belong to.
    leaders = client.get(agency_pages["leaders"].url).content.decode()
    assert (
        leaders.count('class="agency-person"')
        == Person.objects.filter(unit=agency, rank__in=[1, 2]).count() + 2
    )  # + the spokesperson and the focal official
