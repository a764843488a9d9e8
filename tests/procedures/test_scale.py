"""The catalogue and a procedure's page cost the same number of queries at any size."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail_emulation.procedures.models import ProcedureLevel

from .builders import catalogue, field, procedure

FIELDS = ["Hộ tịch", "Chứng thực", "Lý lịch tư pháp", "Công chứng"]


def queries(path, data=None):
    with CaptureQueriesContext(connection) as captured:
        response = Client().get(path, data)
    assert response.status_code == 200
    return len(captured)


def add(index, start, count):
    for n in range(start, start + count):
        procedure(
            index,
            f"1.{n:06d}.000.00.00.H13",
            f"Thủ tục {n}",
            publish=False,
            field=field(FIELDS[n % len(FIELDS)]),
            level=ProcedureLevel.COMMUNE if n % 2 else ProcedureLevel.PROVINCE,
        )


@pytest.mark.django_db
def test_query_counts_stay_flat_from_10_to_300_procedures():
    index = catalogue(per_page=20)
    add(index, 1, 10)
    first = index.get_children().first()
    filters = {"field": field("Chứng thực").pk, "level": "province", "text": "thu tuc"}

    def measure():
        # Warm the site, settings and kept-fragment caches as a running portal has them.
        for path, data in [(index.url, None), (index.url, filters), (index.url, {"page": 2})]:
            Client().get(path, data)
        Client().get(first.url)
        return (
            queries(index.url),
            queries(index.url, filters),
            queries(index.url, {"page": 2}),
            queries(first.url),
        )

    small = measure()
    add(index, 11, 290)
    assert index.get_children().count() == 300
    assert measure() == small
    print("queries (index, filtered, page 2, procedure):", small)
