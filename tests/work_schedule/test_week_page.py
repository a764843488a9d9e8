"""The week page: navigation, private items, the "Điều chỉnh" mark, Vietnamese dates."""

import datetime
import re

import pytest
from django.utils import timezone

from wagtail_emulation.work_schedule.models import ScheduleItem
from wagtail_emulation.work_schedule.weeks import Week

from .conftest import add_item

pytestmark = pytest.mark.django_db


def week_path(week):
    return f"tuan/{week.year}-{week.number:02d}/"


def test_the_page_shows_this_week_monday_to_sunday(client, schedule_page, monday):
    add_item(monday, "Giao ban lãnh đạo Sở", place="Phòng họp số 1")
    add_item(monday + datetime.timedelta(days=6), "Trực cơ quan ngày Chủ nhật", hour=7)
    add_item(monday + datetime.timedelta(days=7), "Họp tuần sau", hour=9)
    response = client.get(schedule_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Giao ban lãnh đạo Sở" in html
    assert "Phòng họp số 1" in html
    assert "Trực cơ quan ngày Chủ nhật" in html
    assert "Họp tuần sau" not in html
    week = Week.containing(monday)
    assert f"Tuần {week.number} năm {week.year}" in html
    assert f"Thứ Hai, {monday.day}/{monday.month}/{monday.year}" in html
    assert "08h00" in html
    assert '<th scope="col">Nội dung</th>' in html
    assert f'href="{schedule_page.url}" aria-current="page">Tuần này' in html


def test_previous_and_next_week_links_lead_to_their_weeks(client, schedule_page, monday):
    add_item(monday - datetime.timedelta(days=7), "Việc tuần trước")
    add_item(monday + datetime.timedelta(days=8), "Việc tuần sau")
    html = client.get(schedule_page.url).content.decode()
    this_week = Week.containing(monday)
    previous_url = schedule_page.url + week_path(this_week.shifted(-1))
    next_url = schedule_page.url + week_path(this_week.shifted(1))
    assert f'rel="prev" href="{previous_url}"' in html
    assert f'rel="next" href="{next_url}"' in html
    previous = client.get(previous_url).content.decode()
    assert "Việc tuần trước" in previous and "Việc tuần sau" not in previous
    following = client.get(next_url).content.decode()
    assert "Việc tuần sau" in following and "Việc tuần trước" not in following
    # The current-week link goes back to the page itself, marked current only there.
    assert f'href="{schedule_page.url}">Tuần này' in following


def test_a_week_in_the_query_string_is_shown(client, schedule_page):
    add_item(datetime.date(2026, 12, 9), "Hội nghị tổng kết công tác tư pháp")
    html = client.get(schedule_page.url, {"week": "2026-W50"}).content.decode()
    assert "Hội nghị tổng kết công tác tư pháp" in html
    assert "từ 7/12/2026 đến 13/12/2026" in html


@pytest.mark.parametrize("value", ["2026-W54", "abc", "2026-W0", "1899-W10", "２０２６-W50", ""])
def test_a_malformed_week_in_the_query_falls_back_to_this_week(client, schedule_page, value):
    response = client.get(schedule_page.url, {"week": value})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tuần được yêu cầu không hợp lệ" in html
    assert f"Tuần {Week.containing(timezone.localdate()).number} năm" in html


@pytest.mark.parametrize(
    "value", ["2026-54", "2026-0", "1999-10", "2101-01", "2026-5x", "99999-1", "2026-100"]
)
def test_a_malformed_week_route_answers_404(client, schedule_page, value):
    assert client.get(f"{schedule_page.url}tuan/{value}/").status_code == 404


def test_week_53_exists_only_in_long_years(client, schedule_page):
    assert client.get(f"{schedule_page.url}tuan/2025-53/").status_code == 404
    assert client.get(f"{schedule_page.url}tuan/2025-52/").status_code == 200
    assert client.get(f"{schedule_page.url}tuan/2026-53/").status_code == 200


def test_a_private_item_is_never_shown(client, schedule_page, monday):
    add_item(monday, "Khám sức khỏe định kỳ", hour=14, is_private=True)
    add_item(monday, "Tiếp công dân định kỳ", hour=8)
    html = client.get(schedule_page.url).content.decode()
    assert "Tiếp công dân định kỳ" in html
    assert "Khám sức khỏe định kỳ" not in html
    feed = client.get(schedule_page.url + "ical/")
    assert feed.status_code == 200
    assert "Tiếp công dân định kỳ" in feed.content.decode()
    assert "Khám sức khỏe" not in feed.content.decode()


def test_a_change_after_publication_is_marked_adjusted_with_its_time(client, schedule_page, monday):
    item = add_item(monday, "Làm việc với Phòng Hành chính tư pháp", hour=9)
    untouched = add_item(monday, "Giao ban", hour=8)
    # A correction right after entering the item is not an adjustment.
    item.place = "Phòng họp tầng 2"
    item.save()
    html = client.get(schedule_page.url).content.decode()
    assert "Điều chỉnh" not in html
    # Published an hour ago, then moved to the afternoon: readers see the mark and its time.
    ScheduleItem.objects.filter(pk=item.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(hours=1)
    )
    item.refresh_from_db()
    item.start_time = datetime.time(14, 0)
    item.save()
    item.refresh_from_db()
    assert item.updated_at > item.first_published_at
    html = client.get(schedule_page.url).content.decode()
    assert html.count("Điều chỉnh") == 1
    changed = timezone.localtime(item.updated_at)
    assert f"{changed.day}/{changed.month}/{changed.year} {changed:%H:%M}" in html
    row = re.search(r'<tr class="work-schedule__item[^"]*">(?:(?!</tr>).)*Giao ban', html, re.S)
    assert "adjusted" not in row.group(0)
    # Saving without a change that readers see moves nothing.
    before = item.updated_at
    item.save()
    untouched.save()
    item.refresh_from_db()
    assert item.updated_at == before


def test_anonymous_html_is_byte_identical_and_render_writes_nothing(
    client, schedule_page, monday, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    add_item(monday, "Giao ban")
    first = client.get(schedule_page.url).content
    with CaptureQueriesContext(connection) as context:
        second = client.get(schedule_page.url).content
    assert first == second
    writes = [
        q["sql"]
        for q in context.captured_queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []
    assert b"csrfmiddlewaretoken" not in first


def test_the_filter_by_chair_keeps_to_one_person_across_weeks(client, schedule_page, monday):
    add_item(monday, "Giao ban", chaired_by="Giám đốc Nguyễn Văn Minh")
    add_item(monday, "Kiểm tra hộ tịch", hour=9, chaired_by="Phó Giám đốc Lò Thị Hạnh")
    add_item(monday + datetime.timedelta(days=7), "Tập huấn", chaired_by="Phó Giám đốc Lò Thị Hạnh")
    html = client.get(schedule_page.url, {"chu-tri": "pho-giam-doc-lo-thi-hanh"}).content.decode()
    assert "Kiểm tra hộ tịch" in html and "Giao ban" not in html
    assert "do Phó Giám đốc Lò Thị Hạnh chủ trì" in html
    next_url = html.split('rel="next" href="')[1].split('"')[0]
    assert next_url.endswith("?chu-tri=pho-giam-doc-lo-thi-hanh")
    assert "Tập huấn" in client.get(next_url).content.decode()
    # A slug nobody has shows everyone's items (not an error page), and says so by the filter.
    unknown = client.get(schedule_page.url, {"chu-tri": "<script>"}).content.decode()
    assert "Giao ban" in unknown and "Kiểm tra hộ tịch" in unknown
    assert "Không có người chủ trì này trong lịch công tác" in unknown
    assert 'aria-invalid="true"' in unknown
