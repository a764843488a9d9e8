"""The iCalendar feeds, read back with the ``icalendar`` parser a calendar app would use."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from wagtail_emulation.organisation import Unit

from .conftest import add_item

pytestmark = pytest.mark.django_db
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def events(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_the_agency_feed_carries_every_public_item_in_vietnam_time(client, schedule_page, monday):
    unit = Unit.objects.create(name="Văn phòng Sở", kind=Unit.Kind.OFFICE)
    add_item(
        monday,
        "Giao ban lãnh đạo Sở",
        place="Phòng họp số 1",
        attendees="Các Phó Giám đốc",
        preparing_unit=unit,
        end_time=datetime.time(9, 30),
    )
    add_item(monday, "Tiếp công dân", hour=14, chaired_by="Phó Giám đốc Lò Thị Hạnh")
    add_item(monday, "Việc riêng", hour=16, is_private=True)
    found = events(client.get(schedule_page.url + "ical/"))
    assert set(found) == {"Giao ban lãnh đạo Sở", "Tiếp công dân"}
    meeting = found["Giao ban lãnh đạo Sở"]
    start = meeting.decoded("DTSTART")
    assert start == datetime.datetime.combine(monday, datetime.time(8), tzinfo=HANOI)
    assert start.utcoffset() == datetime.timedelta(hours=7)
    assert meeting.decoded("DTEND").time() == datetime.time(9, 30)
    assert str(meeting["LOCATION"]) == "Phòng họp số 1"
    assert "Đơn vị chuẩn bị: Văn phòng Sở" in str(meeting["DESCRIPTION"])
    assert "DTSTAMP" in meeting and "LAST-MODIFIED" in meeting
    # Without an end time the event lasts the default hour.
    afternoon = found["Tiếp công dân"]
    assert afternoon.decoded("DTEND") - afternoon.decoded("DTSTART") == datetime.timedelta(hours=1)


def test_uids_stay_the_same_when_an_item_changes(client, schedule_page, monday):
    item = add_item(monday, "Họp Hội đồng phối hợp phổ biến pháp luật")
    before = events(client.get(schedule_page.url + "ical/"))
    uid = str(before["Họp Hội đồng phối hợp phổ biến pháp luật"]["UID"])
    item.content = "Họp Hội đồng phối hợp PBGDPL (dời giờ)"
    item.start_time = datetime.time(10, 0)
    item.save()
    after = events(client.get(schedule_page.url + "ical/"))
    assert str(after["Họp Hội đồng phối hợp PBGDPL (dời giờ)"]["UID"]) == uid
    assert uid.startswith(f"lich-cong-tac-{item.pk}@")


def test_a_chair_feed_carries_only_that_persons_items(client, schedule_page, monday):
    add_item(monday, "Giao ban", chaired_by="Giám đốc Nguyễn Văn Minh")
    add_item(monday, "Kiểm tra công tác hộ tịch", hour=9, chaired_by="Phó Giám đốc Lò Thị Hạnh")
    html = client.get(schedule_page.url).content.decode()
    feed_url = schedule_page.url + "ical/pho-giam-doc-lo-thi-hanh/"
    assert f'href="{feed_url}"' in html
    found = events(client.get(feed_url))
    assert set(found) == {"Kiểm tra công tác hộ tịch"}
    assert client.get(schedule_page.url + "ical/khong-ai/").status_code == 404


def test_the_feed_is_the_same_bytes_twice(client, schedule_page, monday):
    add_item(monday, "Giao ban")
    url = schedule_page.url + "ical/"
    assert client.get(url).content == client.get(url).content
