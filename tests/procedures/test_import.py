"""Importing the catalogue from the national database's export, as an editor does."""

import csv
import io
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail_emulation.procedures.models import ProcedureField, ProcedurePage

from ..spreadsheets import workbook_bytes
from .builders import catalogue

IMPORT_URL = "/admin/procedures_import/"
EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "thu-tuc-hanh-chinh.csv"
HEADINGS = [
    "Mã thủ tục",
    "Tên thủ tục",
    "Cấp thực hiện",
    "Lĩnh vực",
    "Cơ quan thực hiện",
    "Thời hạn giải quyết",
    "Số ngày làm việc",
]


def rows(count):
    return [
        [
            f"1.{n:06d}.000.00.00.H13",
            f"Thủ tục số {n}",
            "Cấp xã" if n % 2 else "Cấp tỉnh",
            "Hộ tịch",
            "Sở Tư pháp",
            "05 ngày làm việc",
            "5",
        ]
        for n in range(1, count + 1)
    ]


def csv_upload(data):
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(HEADINGS)
    writer.writerows(data)
    return SimpleUploadedFile("tthc.csv", ("\ufeff" + text.getvalue()).encode(), "text/csv")


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.com", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def index(db):
    return catalogue()


def check(editor, index, sheet):
    response = editor.post(
        IMPORT_URL, {"catalogue": index.pk, "file": sheet}, HTTP_ACCEPT_LANGUAGE="vi"
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    return editor.get(response.url, HTTP_ACCEPT_LANGUAGE="vi")


def post(editor, index, sheet):
    preview = check(editor, index, sheet)
    if "spreadsheet-import-errors" in preview.content.decode():
        return preview
    return editor.post(IMPORT_URL, {"job": preview.context["job"].pk}, HTTP_ACCEPT_LANGUAGE="vi")


def shown_errors(response):
    html = response.content.decode()
    block = re.search(r'<ul class="spreadsheet-import-errors">(.*?)</ul>', html, re.S)
    return re.findall(r"<li>(.*?)</li>", block.group(1)) if block else []


def test_the_documented_example_file_imports_and_shows(editor, index, client):
    sheet = SimpleUploadedFile("thu-tuc-hanh-chinh.csv", EXAMPLE.read_bytes(), "text/csv")
    preview = check(editor, index, sheet)
    assert shown_errors(preview) == []
    assert ProcedurePage.objects.count() == 0  # the preview saved nothing
    response = editor.post(IMPORT_URL, {"job": preview.context["job"].pk})
    assert response.status_code == 302
    assert ProcedurePage.objects.live().count() == 5
    record = ProcedurePage.objects.get(code="9.000101.000.00.00.H99")
    assert record.title == "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam"
    assert record.level == "province"
    assert record.field.name == "Lý lịch tư pháp"
    assert record.working_days == 10
    assert record.documents_required == (
        "<ul><li>Tờ khai yêu cầu cấp Phiếu</li><li>Bản chụp giấy tờ tùy thân</li></ul>"
    )
    assert record.url.endswith("/thu-tuc-hanh-chinh/9-000101-000-00-00-h99/")
    html = client.get(record.url, HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert "<dd>200.000 đồng/lần</dd>" in html
    assert "<li>Bản chụp giấy tờ tùy thân</li>" in html
    assert set(ProcedureField.objects.values_list("name", flat=True)) >= {
        "Hộ tịch",
        "Chứng thực",
        "Công chứng",
    }


def test_a_bad_row_is_refused_with_its_line_and_nothing_is_saved(editor, index):
    data = rows(30)
    data[11][2] = "Cấp huyện"  # no district level since 1 July 2025: line 13
    data[20][0] = "1.0002/xx"  # not a code: line 22
    response = post(editor, index, csv_upload(data))
    assert response.status_code == 200
    assert shown_errors(response) == [
        "Dòng 13: Cấp thực hiện: “Cấp huyện” không phải là cấp thực hiện: hãy ghi "
        "“Cấp tỉnh” hoặc “Cấp xã”.",
        "Dòng 22: Mã thủ tục: Hãy ghi mã như Cơ sở dữ liệu quốc gia ghi: chữ và số ngăn "
        "cách bởi dấu chấm, ví dụ 1.001234.000.00.00.H13.",
    ]
    assert ProcedurePage.objects.count() == 0


def test_a_newer_export_updates_procedures_by_code(editor, index):
    sheet = SimpleUploadedFile("tthc.xlsx", workbook_bytes([HEADINGS, *rows(12)]))
    assert post(editor, index, sheet).status_code == 302
    assert ProcedurePage.objects.count() == 12
    changed = rows(12)
    changed[0][1] = "Thủ tục số 1 (sửa đổi)"
    changed[0][6] = "3"
    assert post(editor, index, csv_upload(changed)).status_code == 302
    messages = editor.get(IMPORT_URL, HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert "Đã nhập: 0 thủ tục mới, 12 thủ tục cập nhật." in messages
    assert ProcedurePage.objects.count() == 12
    first = ProcedurePage.objects.get(code="1.000001.000.00.00.H13")
    assert (first.title, first.working_days) == ("Thủ tục số 1 (sửa đổi)", 3)


def test_the_same_code_twice_in_one_sheet_is_refused(editor, index):
    data = rows(3)
    data[2][0] = data[0][0]
    response = post(editor, index, csv_upload(data))
    assert shown_errors(response) == [
        "Dòng 4: Mã thủ tục: Mã này đã có ở một dòng trước trong bảng."
    ]
    assert ProcedurePage.objects.count() == 0
