"""A week imported from CSV/XLSX through the core's spreadsheet path: preview, import, bad rows."""

import datetime
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail_emulation.organisation import Unit
from wagtail_emulation.work_schedule.models import ScheduleItem

pytestmark = pytest.mark.django_db
EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "lich-cong-tac.csv"
URL_NAME = "work_schedule_import:index"


@pytest.fixture
def units(db):
    return {
        short: Unit.objects.create(name=name, short_name=short, kind=Unit.Kind.DIVISION)
        for name, short in [
            ("Văn phòng Sở", "Văn phòng"),
            ("Phòng Hành chính tư pháp", "Phòng HCTP"),
            ("Thanh tra Sở", "Thanh tra"),
            ("Trung tâm Trợ giúp pháp lý nhà nước", "Trung tâm TGPL"),
        ]
    }


def upload(admin_client, content, name="lich.csv"):
    url = reverse(URL_NAME)
    response = admin_client.post(url, {"file": SimpleUploadedFile(name, content)})
    assert response.status_code == 302, response.content.decode()[:2000]
    return url, response.url


def test_the_example_file_is_previewed_then_imported(admin_client, units):
    url, preview_url = upload(admin_client, EXAMPLE.read_bytes(), "lich-cong-tac.csv")
    preview = admin_client.get(preview_url).content.decode()
    assert "Giao ban lãnh đạo Sở đầu tuần" in preview
    assert "Dòng " not in preview
    assert ScheduleItem.objects.count() == 0  # the preview is a dry run
    job_id = preview_url.split("job=")[1]
    response = admin_client.post(url, {"job": job_id})
    assert response.status_code == 302
    assert ScheduleItem.objects.count() == 6
    meeting = ScheduleItem.objects.get(content="Giao ban lãnh đạo Sở đầu tuần")
    assert meeting.date == datetime.date(2026, 12, 14)
    assert meeting.start_time == datetime.time(7, 30)
    assert meeting.end_time == datetime.time(9, 0)
    assert meeting.preparing_unit == units["Văn phòng"]
    assert ScheduleItem.objects.get(content="Khám sức khỏe định kỳ").is_private
    assert ScheduleItem.objects.filter(is_private=True).count() == 1


def test_importing_the_corrected_week_updates_items_and_marks_them(admin_client, units):
    url, preview_url = upload(admin_client, EXAMPLE.read_bytes())
    admin_client.post(url, {"job": preview_url.split("job=")[1]})
    ScheduleItem.objects.update(
        first_published_at=datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC),
        updated_at=datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC),
    )
    corrected = EXAMPLE.read_text().replace("Phòng họp số 1", "Hội trường tầng 3")
    url, preview_url = upload(admin_client, corrected.encode())
    admin_client.post(url, {"job": preview_url.split("job=")[1]})
    assert ScheduleItem.objects.count() == 6
    adjusted = [item.content for item in ScheduleItem.objects.all() if item.is_adjusted]
    assert adjusted == ["Giao ban lãnh đạo Sở đầu tuần"]


def test_a_bad_row_is_refused_with_its_line(admin_client, units):
    lines = EXAMPLE.read_text().splitlines()
    lines[3] = lines[3].replace("15/12/2026", "32/12/2026")
    lines[5] = lines[5].replace("9h00", "25h70")
    lines.append("19/12/2026,8h00,,Họp chi bộ,,Giám đốc Sở,,Phòng Không Có,")
    url, preview_url = upload(admin_client, "\n".join(lines).encode())
    preview = admin_client.get(preview_url).content.decode()
    # Date and time find an item again (import ids): their errors come without the heading.
    assert "Dòng 4: “32/12/2026” không phải là ngày" in preview
    assert "Dòng 6: “25h70” không phải là giờ trong ngày" in preview
    assert "Dòng 8: Đơn vị chuẩn bị: “Phòng Không Có” không phải là đơn vị" in preview
    admin_client.post(url, {"job": preview_url.split("job=")[1]})
    assert ScheduleItem.objects.count() == 0


def test_an_xlsx_week_is_read_with_date_and_time_cells(admin_client, units):
    from io import BytesIO

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Ngày", "Giờ", "Nội dung", "Chủ trì"])
    sheet.append([datetime.date(2026, 12, 21), datetime.time(8, 0), "Giao ban tuần", "Giám đốc"])
    buffer = BytesIO()
    book.save(buffer)
    url, preview_url = upload(admin_client, buffer.getvalue(), "lich.xlsx")
    admin_client.post(url, {"job": preview_url.split("job=")[1]})
    item = ScheduleItem.objects.get()
    assert (item.date, item.start_time) == (datetime.date(2026, 12, 21), datetime.time(8, 0))


def test_an_editor_without_permission_cannot_import(client, django_user_model):
    user = django_user_model.objects.create_user("reader", password="x")
    client.force_login(user)
    assert client.get(reverse(URL_NAME)).status_code in (302, 403)


def test_the_admin_screens_speak_vietnamese(admin_client, units):
    page = admin_client.get(reverse(URL_NAME)).content.decode()
    assert "Nhập lịch công tác" in page
    url, preview_url = upload(admin_client, EXAMPLE.read_bytes())
    admin_client.post(url, {"job": preview_url.split("job=")[1]})
    listing = admin_client.get(
        reverse("wagtailsnippets_wagtail_emulation_work_schedule_scheduleitem:list")
    ).content.decode()
    assert "Nội dung lịch công tác" in listing
    assert "Giao ban lãnh đạo Sở đầu tuần" in listing


def test_a_department_editor_imports_into_their_own_site_only(client, units, django_user_model):
    from wagtail.models import Site

    from ..sites.second_site import department_with_editor

    default = Site.objects.get(is_default_site=True)
    department, editor = department_with_editor(
        django_user_model, ["add_scheduleitem", "change_scheduleitem"]
    )
    theirs = ScheduleItem.objects.create(
        site=default,
        date=datetime.date(2026, 12, 14),
        start_time=datetime.time(7, 30),
        chaired_by="Giám đốc Sở",
        content="Việc của Sở Tư pháp",
    )
    client.force_login(editor)
    sheet = (
        "Ngày,Giờ,Nội dung,Lãnh đạo\n14/12/2026,7:30,Giao ban Sở Nội vụ,Giám đốc Sở\n"
    ).encode()

    url, preview_url = upload(client, sheet)
    client.post(url, {"job": preview_url.split("job=")[1]})

    theirs.refresh_from_db()
    assert theirs.content == "Việc của Sở Tư pháp"
    ours = ScheduleItem.objects.get(content="Giao ban Sở Nội vụ")
    assert ours.site == department
