"""Bulk import from CSV/XLSX (+ a ZIP of files), as an editor migrating an old portal does."""

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail_emulation.legal_documents.models import LegalDocumentPage

from ..spreadsheets import workbook_bytes
from .builders import library

IMPORT_URL = "/admin/legal_documents_import/"
HEADINGS = [
    "Số, ký hiệu",
    "Loại văn bản",
    "Cơ quan ban hành",
    "Lĩnh vực",
    "Người ký",
    "Ngày ban hành",
    "Ngày có hiệu lực",
    "Ngày hết hiệu lực",
    "Trích yếu",
    "Tệp",
    "Liên kết cơ sở dữ liệu quốc gia",
]


def rows(count):
    return [
        [
            f"{n}/2024/QĐ-UBND",
            "Quyết định",
            "Ủy ban nhân dân tỉnh",
            "Hộ tịch",
            "Chủ tịch Lò Văn An",
            f"{n % 28 + 1}/{n % 12 + 1}/2024",
            "",
            "",
            f"Về việc thứ {n} trong lĩnh vực hộ tịch",
            "",
            "",
        ]
        for n in range(1, count + 1)
    ]


def csv_upload(data, name="van-ban.csv"):
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(HEADINGS)
    writer.writerows(data)
    return SimpleUploadedFile(name, ("\ufeff" + text.getvalue()).encode(), "text/csv")


def xlsx_upload(data):
    return SimpleUploadedFile("van-ban.xlsx", workbook_bytes([HEADINGS, *data]))


def zip_upload(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return SimpleUploadedFile("tep.zip", out.getvalue(), "application/zip")


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.com", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def index(db):
    return library()


def check(editor, index, sheet, archive=None):
    """Upload the sheet: the preview of its dry run."""
    data = {"library": index.pk, "file": sheet}
    if archive is not None:
        data["archive"] = archive
    response = editor.post(IMPORT_URL, data, HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 302, response.content.decode()[-2000:]
    return editor.get(response.url, HTTP_ACCEPT_LANGUAGE="vi")


def post(editor, index, sheet, archive=None):
    """Upload the sheet and, when its preview has no error, confirm it."""
    preview = check(editor, index, sheet, archive)
    if "spreadsheet-import-errors" in preview.content.decode():
        return preview
    return editor.post(IMPORT_URL, {"job": preview.context["job"].pk}, HTTP_ACCEPT_LANGUAGE="vi")


def shown_errors(response):
    html = response.content.decode()
    block = re.search(r'<ul class="spreadsheet-import-errors">(.*?)</ul>', html, re.S)
    return re.findall(r"<li>(.*?)</li>", block.group(1)) if block else []


def test_two_bad_rows_among_200_are_reported_and_nothing_is_imported(editor, index):
    data = rows(200)
    data[56][1] = "Quyết định số"  # not a type: line 58 of the sheet (line 1 is the heading)
    data[142][5] = "31/02/2024"  # no such day: line 144
    response = post(editor, index, csv_upload(data))
    assert response.status_code == 200
    assert shown_errors(response) == [
        "Dòng 58: Loại văn bản: “Quyết định số” không có trong danh mục loại văn bản.",
        "Dòng 144: Ngày ban hành: “31/02/2024” không phải là ngày: hãy viết theo dạng "
        "ngày/tháng/năm, ví dụ 25/5/2023.",
    ]
    assert "Chưa nhập gì: 2 dòng có lỗi." in response.content.decode()
    assert LegalDocumentPage.objects.count() == 0


def test_importing_the_same_sheet_again_updates_instead_of_duplicating(editor, index):
    response = post(editor, index, xlsx_upload(rows(20)))
    assert response.status_code == 302
    assert LegalDocumentPage.objects.live().count() == 20
    changed = rows(20)
    changed[0][8] = "Trích yếu đã sửa"
    response = post(editor, index, csv_upload(changed))
    assert response.status_code == 302
    messages = editor.get(IMPORT_URL).content.decode()
    assert "Đã nhập: 0 văn bản mới, 20 văn bản cập nhật." in messages
    assert LegalDocumentPage.objects.count() == 20
    first = LegalDocumentPage.objects.get(number="1/2024/QĐ-UBND")
    assert first.summary == "Trích yếu đã sửa"
    assert first.get_latest_revision().content["summary"] == "Trích yếu đã sửa"


def test_files_come_from_the_zip_by_file_name(editor, index, client):
    data = rows(2)
    data[0][9] = "QD-1.pdf; QD-1-phu-luc.DOCX"
    response = post(
        editor,
        index,
        csv_upload(data),
        zip_upload({"scan/qd-1.pdf": b"%PDF-1.4 demo", "QD-1-phu-luc.docx": b"PK demo"}),
    )
    assert response.status_code == 302
    first = LegalDocumentPage.objects.get(number="1/2024/QĐ-UBND")
    files = [item.document for item in first.files.all()]
    assert [document.title for document in files] == ["QD-1.pdf", "QD-1-phu-luc.DOCX"]
    assert files[0].file_size == len(b"%PDF-1.4 demo")
    # Again, without the ZIP: the files are already there, nothing is added twice.
    assert post(editor, index, csv_upload(data)).status_code == 302
    assert first.files.count() == 2

    data[1][9] = "thieu.pdf"
    response = post(editor, index, csv_upload(data))
    assert shown_errors(response) == ["Dòng 3: Tệp: “thieu.pdf” không có trong tệp ZIP."]


def test_the_same_number_from_another_issuer_is_another_document(editor, index):
    data = rows(1) + rows(1)
    data[1][2] = "Sở Tư pháp"
    assert post(editor, index, csv_upload(data)).status_code == 302
    assert LegalDocumentPage.objects.filter(number="1/2024/QĐ-UBND").count() == 2


def test_a_sheet_without_the_required_columns_is_refused(editor, index):
    sheet = SimpleUploadedFile("x.csv", "Số, ký hiệu;Trích yếu\n1;2\n".encode(), "text/csv")
    response = editor.post(IMPORT_URL, {"library": index.pk, "file": sheet})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Dòng đầu tiên phải ghi tên các cột; còn thiếu: “Loại văn bản”" in html
    assert LegalDocumentPage.objects.count() == 0


@pytest.mark.parametrize("name", ["van-ban.csv", "van-ban.xlsx"])
def test_the_documented_example_files_import(editor, index, name):
    """docs/examples/van-ban.* stay importable into a fresh library."""
    example = Path(__file__).resolve().parents[2] / "docs" / "examples" / name
    sheet = SimpleUploadedFile(name, example.read_bytes())
    assert post(editor, index, sheet).status_code == 302
    assert sorted(LegalDocumentPage.objects.values_list("number", flat=True)) == [
        "12/2025/QĐ-UBND",
        "3/2025/QĐ-UBND",
    ]
