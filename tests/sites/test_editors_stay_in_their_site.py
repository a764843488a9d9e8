"""Editors of one department site see only its rows in every admin list, report, export and
dashboard panel, and reach no other site's row by its address; a province-level group (page
permissions on the tree's root) sees every site's."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from .builders import province_group

pytestmark = pytest.mark.django_db

SNIPPETS = "wagtailsnippets_wagtail_emulation"

#: (row key, the list's URL name, the row's edit URL name)
LISTS = [
    ("comment", "wagtail_emulation_comments:index", "wagtail_emulation_comments:edit"),
    ("question", "wagtail_emulation_questions:index", "wagtail_emulation_questions:edit"),
    ("opinion", "wagtail_emulation_consultation:index", "wagtail_emulation_consultation:edit"),
    (
        "response",
        "wagtail_emulation_commendations_responses:index",
        "wagtail_emulation_commendations_responses:edit",
    ),
    (
        "decision",
        f"{SNIPPETS}_commendations_decision:list",
        f"{SNIPPETS}_commendations_decision:edit",
    ),
    (
        "round",
        f"{SNIPPETS}_commendations_registrationround:list",
        f"{SNIPPETS}_commendations_registrationround:edit",
    ),
    (
        "schedule_item",
        f"{SNIPPETS}_work_schedule_scheduleitem:list",
        f"{SNIPPETS}_work_schedule_scheduleitem:edit",
    ),
    ("unit", f"{SNIPPETS}_unit:list", f"{SNIPPETS}_unit:edit"),
    ("sub_unit", f"{SNIPPETS}_unit:list", f"{SNIPPETS}_unit:edit"),
    ("person", f"{SNIPPETS}_agency_person:list", f"{SNIPPETS}_agency_person:edit"),
]

#: Exports: the row keys whose mark each file must (and others' must not) carry.
EXPORTS = [
    ("question", "wagtail_emulation_questions:index", "title"),
    ("opinion", "wagtail_emulation_consultation:index", "name"),
    ("response", "wagtail_emulation_commendations_responses:index", "full_name"),
    ("decision", f"{SNIPPETS}_commendations_decision:list", "issuing_body"),
]


def login(client, group, name):
    user = get_user_model().objects.create_user(name, f"{name}@example.vn", "mat-khau")
    user.groups.add(group)
    client.force_login(user)
    return client


def text_of(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def others(departments, department):
    return [other for other in departments if other is not department]


@pytest.mark.parametrize("row", [key for key, _list, _edit in LISTS])
def test_every_list_shows_only_the_editors_site(client, departments, row):
    list_name = next(name for key, name, _edit in LISTS if key == row)
    for department in departments:
        login(client, department.group, f"bien-tap-{department.key}-{row}")
        html = text_of(client.get(reverse(list_name)))
        if department.key != "a":  # A's row may sit on a later page among the demo's rows
            assert department.mark in html, (department.key, row)
        for other in others(departments, department):
            assert other.mark not in html, (department.key, other.key, row)


@pytest.mark.parametrize("row", [key for key, _list, _edit in LISTS])
def test_another_sites_row_is_not_found_by_its_address(client, departments, row):
    edit_name = next(name for key, _list, name in LISTS if key == row)
    for department in departments:
        login(client, department.group, f"bien-tap-{department.key}-{row}")
        own = department.rows[row]
        assert client.get(reverse(edit_name, args=[own.pk])).status_code == 200
        for other in others(departments, department):
            theirs = other.rows[row]
            assert client.get(reverse(edit_name, args=[theirs.pk])).status_code == 404
            assert client.post(reverse(edit_name, args=[theirs.pk]), {}).status_code == 404


@pytest.mark.parametrize(("row", "list_name", "field"), EXPORTS)
def test_exports_hold_only_the_editors_site(client, departments, row, list_name, field):
    for department in departments:
        login(client, department.group, f"xuat-{department.key}-{row}")
        response = client.get(reverse(list_name), {"export": "csv"})
        assert response.status_code == 200
        csv = b"".join(response.streaming_content).decode("utf-8-sig")
        assert getattr(department.rows[row], field) in csv
        for other in others(departments, department):
            assert other.mark not in csv, (department.key, other.key, row)


def test_reports_and_dashboard_count_only_the_editors_site(client, departments):
    for department in departments:
        login(client, department.group, f"bao-cao-{department.key}")
        statistics = text_of(client.get(reverse("wagtail_emulation_consultation_statistics:index")))
        draft = department.rows["opinion"].page
        assert draft.title in statistics
        for other in others(departments, department):
            assert other.rows["opinion"].page.title not in statistics
            stranger = reverse("wagtail_emulation_consultation_statistics:index")
            assert client.get(stranger, {"draft": other.rows["opinion"].page_id}).status_code == 404
        question_figures = text_of(
            client.get(reverse("wagtail_emulation_questions_statistics:index"))
        )
        for other in others(departments, department):
            assert other.mark not in question_figures
        dashboard = text_of(client.get(reverse("wagtailadmin_home")))
        for other in others(departments, department):
            assert other.hostname not in dashboard  # the visits panel: one chart per own site
            assert other.mark not in dashboard


def test_a_new_row_goes_to_one_of_the_editors_sites(client, departments):
    from wagtail_emulation.work_schedule.models import ScheduleItem

    first, second = departments[0], departments[1]
    login(client, second.group, "lich-b")
    add = reverse(f"{SNIPPETS}_work_schedule_scheduleitem:add")
    form = text_of(client.get(add))
    assert second.site.site_name in form and first.site.site_name not in form
    item = {"date": "2026-12-08", "start_time": "09:00", "content": "Họp chuyên đề"}
    for refused in ("", str(first.site.pk)):  # shared by all, or another site's
        assert client.post(add, {**item, "site": refused}).status_code == 200  # errors shown
    assert not ScheduleItem.objects.filter(content="Họp chuyên đề").exists()
    client.post(add, {**item, "site": str(second.site.pk)})
    assert ScheduleItem.objects.get(content="Họp chuyên đề").site == second.site


def test_bulk_moderation_leaves_another_sites_rows_alone(client, departments):
    from wagtail_emulation.comments.models import ReaderComment

    first, second = departments[0], departments[1]
    login(client, first.group, "kiem-duyet-a")
    theirs = second.rows["comment"]
    url = reverse(
        "wagtail_bulk_action",
        args=("wagtail_emulation_comments", "readercomment", "approve-comments"),
    )
    client.post(f"{url}?id={theirs.pk}&id={first.rows['comment'].pk}")
    theirs.refresh_from_db()
    assert theirs.status == ReaderComment.Status.PENDING


def test_a_province_group_sees_every_site(client, departments):
    login(client, province_group(), "van-phong-tinh")
    for _row, list_name, _edit_name in LISTS:
        html = text_of(client.get(reverse(list_name)))
        for department in departments[1:]:  # A's rows sit among the demo's, maybe on page 2
            assert department.mark in html, (list_name, department.key)
    for department in departments:
        for row, _list, edit_name in LISTS:
            url = reverse(edit_name, args=[department.rows[row].pk])
            assert client.get(url).status_code == 200
