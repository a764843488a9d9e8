"""The week page and the feed cost the same queries for a few items or two years of them."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail_emulation.organisation import Unit
from wagtail_emulation.work_schedule.models import ScheduleItem

pytestmark = pytest.mark.django_db
CHAIRS = ["Giám đốc Sở", "Phó Giám đốc Lò Thị Hạnh", "Phó Giám đốc Trần Quốc Bảo"]


def queries(client, url):
    client.get(url)  # first-use work (site settings, content types) outside the count
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def add_items(monday, units, count, start=0):
    """``count`` items spread over two years around this week, a few a day, some private."""
    first = monday - datetime.timedelta(days=365)
    ScheduleItem.objects.bulk_create(
        ScheduleItem(
            date=first + datetime.timedelta(days=(n * 730) // 1000 % 730),
            start_time=datetime.time(7 + n % 10, 0),
            content=f"Nội dung công tác số {n}",
            chaired_by=CHAIRS[n % len(CHAIRS)],
            chair_slug="",
            preparing_unit=units[n % len(units)],
            is_private=n % 7 == 0,
        )
        for n in range(start, start + count)
    )
    for item in ScheduleItem.objects.filter(chair_slug=""):
        item.save()  # the slug the per-person feeds use


def test_query_counts_are_flat_from_24_to_1014_items(client, schedule_page, monday):
    units = [Unit.objects.create(name=f"Phòng {n}", kind=Unit.Kind.DIVISION) for n in range(4)]
    for offset in range(14):
        ScheduleItem.objects.create(
            date=monday + datetime.timedelta(days=offset % 7),
            start_time=datetime.time(8 + offset // 7, 0),
            content=f"Việc tuần này {offset}",
            chaired_by=CHAIRS[offset % 3],
            preparing_unit=units[offset % 4],
        )
    add_items(monday, units, 10)  # 10 more over two years
    urls = [
        schedule_page.url,
        schedule_page.url + "tuan/2026-01/",
        schedule_page.url + "ical/",
        schedule_page.url + "ical/giam-doc-so/",
    ]
    small = [queries(client, url) for url in urls]
    add_items(monday, units, 990, start=10)
    assert ScheduleItem.objects.count() == 1014
    large = [queries(client, url) for url in urls]
    assert large == small
    assert 0 < max(large) <= 25
    html = client.get(schedule_page.url).content.decode()
    assert html.count('class="work-schedule__item') >= 14
