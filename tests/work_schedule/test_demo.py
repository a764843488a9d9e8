"""The demo's schedule as a reader meets it: this week and next week of the leaders."""

import pytest
from django.core.management import call_command
from icalendar import Calendar

from wagtail_emulation.work_schedule.models import ScheduleItem, WorkSchedulePage

pytestmark = pytest.mark.django_db


def test_the_demo_schedule_shows_this_and_next_week(demo, client):
    page = WorkSchedulePage.objects.live().get()
    assert page.get_parent().slug == "gioi-thieu"
    html = client.get(page.url).content.decode()
    assert "Giao ban lãnh đạo Sở đầu tuần" in html
    assert "Thẩm định dự thảo quyết định" in html
    assert "Khám sức khỏe định kỳ" not in html  # the director's private item
    assert html.count("Điều chỉnh") == 1
    assert "Phòng Hành chính tư pháp (minh họa)" in html  # a preparing unit of the tree
    next_url = html.split('rel="next" href="')[1].split('"')[0]
    following = client.get(next_url).content.decode()
    assert "Họp xét thi đua, khen thưởng cuối năm của Sở" in following
    feed = Calendar.from_ical(client.get(page.url + "ical/").content)
    public = ScheduleItem.objects.public().count()
    assert len(feed.walk("VEVENT")) == public == 14


def test_loading_the_demo_twice_adds_nothing(demo):
    before = ScheduleItem.objects.count()
    call_command("load_demo", verbosity=0)
    assert ScheduleItem.objects.count() == before == 15
