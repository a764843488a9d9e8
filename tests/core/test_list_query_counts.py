"""The news, campaign and exemplar indexes cost the same queries with 3 or 30 items on a
page (and with a filter): each page of a list reads its rows, tags and thumbnails in bulk."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ..campaigns.builders import (
    campaign,
    campaign_index,
    exemplar,
    exemplar_index,
    moment,
    news,
    news_index,
)


def queries(client, url):
    client.get(url)  # first-use work (site settings, content types) outside the count
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def add_items(indexes, start, stop):
    newsroom, campaigns, exemplars = indexes
    for number in range(start, stop):
        news(newsroom, f"Tin số {number}", moment(2024, 1 + number % 12), tags=["thi đua"])
        campaign(campaigns, f"Phong trào số {number}", moment(2024, 1, 1).date())
        exemplar(exemplars, f"Gương số {number}", year=2020 + number % 5)


@pytest.mark.django_db
def test_list_pages_cost_the_same_queries_for_3_or_30_items(client, home):
    indexes = [
        news_index(home, per_page=50),
        campaign_index(home, per_page=50),
        exemplar_index(home, per_page=50),
    ]
    urls = [index.url for index in indexes]
    urls += [f"{indexes[0].url}?published_from=1/1/2024", f"{indexes[2].url}?year=2022&page=1"]
    add_items(indexes, 0, 3)
    few = [queries(client, url) for url in urls]
    add_items(indexes, 3, 30)
    many = [queries(client, url) for url in urls]
    assert many == few
    assert max(many) <= 16
