"""Every list on the demo portal takes only dates and page numbers in range: a date at the
edge of the calendar or a page number past a database integer is reported or ignored, never
a 500."""

import re

import pytest
from django.test import Client
from django.test.utils import override_settings

from example_site.portal.demo.comments import commentable_pages
from wagtail_emulation.commendations.models import (
    DecisionIndexPage,
    HonourBoardPage,
    RegistrationTablePage,
)
from wagtail_emulation.content.filters import MAX_PAGE_NUMBER
from wagtail_emulation.legal_documents.models import LegalDocumentIndexPage
from wagtail_emulation.news.models import NewsIndexPage

HUGE_PAGE_NUMBERS = ["9223372036854775808", "9223372036854775807", str(MAX_PAGE_NUMBER + 1)]
EDGE_DATES = ["31/12/9999", "9999-12-31", "1/1/0001", "0001-01-01", "31/12/2200"]
OUT_OF_RANGE = "Hãy nhập một ngày từ 1/1/1900 đến 31/12/2199."


def get(url, params):
    response = Client().get(url, params)
    assert response.status_code == 200, (url, params, response.status_code)
    return response.content.decode()


def date_filtered_lists():
    """(address, the list's two date fields, other parameters it needs)."""
    return [
        ("/search/", ("date_from", "date_to"), {"q": "thi dua"}),
        (NewsIndexPage.objects.live().first().url, ("published_from", "published_to"), {}),
        (LegalDocumentIndexPage.objects.live().first().url, ("issued_from", "issued_to"), {}),
    ]


def paged_lists():
    return [
        ("/search/", "page", {"q": "thi dua"}),
        (NewsIndexPage.objects.live().first().url, "page", {}),
        (LegalDocumentIndexPage.objects.live().first().url, "page", {}),
        (DecisionIndexPage.objects.live().first().url, "page", {}),
        (HonourBoardPage.objects.live().first().url, "page", {}),
        (RegistrationTablePage.objects.live().first().url, "page", {}),
        (commendable_url(), "binh-luan", {}),
    ]


def commendable_url():
    return commentable_pages()[0].url


@pytest.mark.parametrize("day", EDGE_DATES)
def test_a_date_at_the_calendars_edge_is_reported_beside_its_field(demo, day):
    for url, (start, end), params in date_filtered_lists():
        for name in (start, end):
            html = get(url, {**params, name: day})
            assert OUT_OF_RANGE in html, (url, name)


def test_dates_inside_the_range_still_filter(demo):
    for url, (start, end), params in date_filtered_lists():
        html = get(url, {**params, start: "1/1/1900", end: "31/12/2199"})
        assert OUT_OF_RANGE not in html, url


@pytest.mark.parametrize("number", HUGE_PAGE_NUMBERS)
def test_a_page_number_past_any_list_gives_the_first_page(demo, number):
    for url, param, params in paged_lists():
        get(url, {**params, param: number})


@override_settings(WAGTAIL_EMULATION_SEARCH_PER_PAGE=2)
def test_a_page_number_in_range_past_the_end_gives_the_last_page(demo):
    first = get("/search/", {"q": "thi dua"})
    found = int(re.search(r"Tìm thấy ([\d.]+) kết quả", first).group(1).replace(".", ""))
    pages = (found + 1) // 2
    last = get("/search/", {"q": "thi dua", "page": str(pages)})
    past = get("/search/", {"q": "thi dua", "page": str(MAX_PAGE_NUMBER)})
    titles = re.compile(r'<h2 class="emulation-search__title">.*?</h2>', re.S)
    assert titles.findall(past) == titles.findall(last)
