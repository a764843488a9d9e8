"""The organisation chart, the leaders and the introduction are kept rendered: served again
without a query about units, people or portraits, and fresh on the next request after an
editor changes a unit, a person or a portrait. Previews are never kept."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from wagtail_emulation.agency.people import Person
from wagtail_emulation.organisation import Unit

pytestmark = pytest.mark.django_db

#: The tables only the agency's own parts read.
AGENCY_TABLES = ("wagtail_emulation_unit", "wagtail_emulation_agency_person", "wagtailimages_")


@pytest.fixture
def staff(agency):
    office = Unit.objects.create(name="Văn phòng Sở", kind=Unit.Kind.OFFICE, parent=agency)
    director = Person.objects.create(
        full_name="Nguyễn Văn An",
        position="Giám đốc Sở",
        unit=agency,
        rank=Person.Rank.HEAD,
        is_spokesperson=True,
    )
    chief = Person.objects.create(
        full_name="Trần Thị Bình", position="Chánh Văn phòng", unit=office, rank=Person.Rank.HEAD
    )
    return office, director, chief


def agency_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in context.captured_queries if any(t in q["sql"] for t in AGENCY_TABLES)]


@pytest.mark.parametrize("name", ["chart", "leaders", "intro"])
def test_a_second_request_reads_no_unit_person_or_portrait(client, agency_pages, staff, name):
    url = agency_pages[name].url
    assert agency_queries(client, url)  # the first request renders the page's parts
    assert agency_queries(client, url) == []


def test_a_unit_page_again_reads_only_the_tree_to_find_its_unit(client, agency_pages, staff):
    chart = agency_pages["chart"]
    url = chart.url + chart.reverse_subpage("unit", args=[staff[0].slug])
    assert len(agency_queries(client, url)) > 1
    again = agency_queries(client, url)
    assert len(again) == 1 and "wagtail_emulation_unit" in again[0]
    staff[2].position = "Chánh Văn phòng Sở"
    staff[2].save()
    assert "Chánh Văn phòng Sở" in client.get(url).content.decode()


def test_a_renamed_unit_shows_on_the_next_request(client, agency, agency_pages, staff):
    office = staff[0]
    chart = agency_pages["chart"].url
    assert "Văn phòng Sở" in client.get(chart).content.decode()
    office.name = "Văn phòng Sở Tư pháp"
    office.save()
    assert "Văn phòng Sở Tư pháp" in client.get(chart).content.decode()
    agency.name = "Sở Tư pháp tỉnh Mới"
    agency.save()
    for page in agency_pages.values():
        assert "Sở Tư pháp tỉnh Mới" in client.get(page.url).content.decode()


def test_a_changed_or_departed_person_shows_on_the_next_request(client, agency_pages, staff):
    _office, director, chief = staff
    chart, leaders = agency_pages["chart"].url, agency_pages["leaders"].url
    assert "Trần Thị Bình" in client.get(chart).content.decode()
    assert "Nguyễn Văn An" in client.get(leaders).content.decode()
    chief.full_name = "Lê Văn Cường"
    chief.save()
    director.left_on = date.today() - timedelta(days=1)
    director.save()
    shown = client.get(chart).content.decode()
    assert "Lê Văn Cường" in shown and "Trần Thị Bình" not in shown
    shown = client.get(leaders).content.decode()
    assert "Nguyễn Văn An" not in shown  # nor in the description or the JSON-LD


def test_a_portrait_shows_once_consent_is_recorded(client, agency_pages, staff):
    director = staff[1]
    leaders = agency_pages["leaders"].url
    director.portrait = Image.objects.create(title="Chân dung", file=get_test_image_file())
    director.save()
    assert "agency-person__portrait" not in client.get(leaders).content.decode()
    director.portrait_consent_on = date(2026, 1, 5)
    director.save()
    assert "agency-person__portrait" in client.get(leaders).content.decode()
    director.portrait_consent_on = None
    director.save()
    assert "agency-person__portrait" not in client.get(leaders).content.decode()


def test_a_preview_is_never_kept(admin_client, agency_pages, staff):
    chart = agency_pages["chart"]
    admin_client.get(chart.url)  # the published chart, kept
    chart.title = "Sơ đồ tổ chức (bản nháp)"
    preview = admin_client.post(
        f"/admin/pages/{chart.pk}/edit/preview/",
        {"title": chart.title, "slug": chart.slug, "agency": chart.agency_id},
    )
    assert preview.status_code == 200
    shown = admin_client.get(f"/admin/pages/{chart.pk}/edit/preview/").content.decode()
    assert "Sơ đồ tổ chức (bản nháp)" in shown
    assert "Sơ đồ tổ chức (bản nháp)" not in admin_client.get(chart.url).content.decode()
