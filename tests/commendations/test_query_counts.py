"""The register and the honour board cost the same queries with 100 or 20,000 decisions
(100,000 recipients): every list reads one page of rows and its recipients."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail_emulation.commendations.bulk import add_decisions
from wagtail_emulation.commendations.models import Award, DecisionRecipient
from wagtail_emulation.organisation import Unit

pytestmark = pytest.mark.django_db


def queries(client, url):
    client.get(url)  # first-use work (site settings, content types) outside the count
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_query_counts_are_flat_from_100_to_20000_decisions(client, register, board):
    unit = Unit.objects.create(name="Phòng Lý lịch tư pháp (minh họa)")
    award = Award.objects.get(name="Lao động tiên tiến")
    add_decisions(100, recipients_each=5)
    urls = [
        register.url,
        f"{register.url}?year=2020&award={award.pk}&unit={unit.pk}&page=2",
        f"{register.url}?number=12",
        board.url,
        f"{board.url}?year=2020&award={award.pk}",
    ]
    small = [queries(client, url) for url in urls]
    add_decisions(19_900, recipients_each=5, start=100)
    assert DecisionRecipient.objects.count() == 100_000
    large = [queries(client, url) for url in urls]
    assert large == small
    assert max(large) <= 25


def test_pagination_links_a_few_pages_of_a_long_register(client, register):
    add_decisions(400, recipients_each=1)  # 40 pages of 10
    html = client.get(register.url, {"page": 20}).content.decode()
    assert 'aria-current="page">20<' in html
    assert "?page=40" in html and "?page=1" in html and "?page=17" in html
    assert "?page=10" not in html and "…" in html
