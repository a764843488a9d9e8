"""Recognising Chương / Mục / Điều / Khoản in pasted text and in DOCX files."""

import io

import docx
import pytest

from wagtail_emulation.consultation.structure import anchor_for, docx_text, parse_structure

PASTED = """QUYẾT ĐỊNH
Ban hành Quy định về trợ giúp pháp lý

Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy định này quy định về trợ giúp pháp lý.
Điều 2. Đối tượng áp dụng
1. Người được trợ giúp pháp lý.
a) Người có công với cách mạng;
b) Người thuộc hộ nghèo.
Khoản 2. Tổ chức thực hiện trợ giúp pháp lý.
Chương II. TỔ CHỨC THỰC HIỆN
Mục 1. Trách nhiệm của các sở
Điều 3. Sở Tư pháp
Chủ trì, hướng dẫn.
"""


def kinds(blocks):
    return [
        (block["type"], block["value"]["number"] if block["type"] != "paragraph" else "")
        for block in blocks
    ]


def test_pasted_text_gives_chapters_sections_articles_and_clauses():
    blocks = parse_structure(PASTED)
    assert kinds(blocks) == [
        ("paragraph", ""),
        ("chapter", "I"),
        ("article", "1"),
        ("article", "2"),
        ("chapter", "II"),
        ("section", "1"),
        ("article", "3"),
    ]
    assert blocks[0]["value"] == "QUYẾT ĐỊNH\nBan hành Quy định về trợ giúp pháp lý"
    assert blocks[1]["value"]["title"] == "QUY ĐỊNH CHUNG"  # on the line after "Chương I"
    assert blocks[4]["value"]["title"] == "TỔ CHỨC THỰC HIỆN"
    article_2 = blocks[3]["value"]
    assert article_2["title"] == "Đối tượng áp dụng"
    assert article_2["clauses"] == [
        {
            "number": "1",
            "text": "Người được trợ giúp pháp lý.\na) Người có công với cách mạng;\n"
            "b) Người thuộc hộ nghèo.",
        },
        {"number": "2", "text": "Tổ chức thực hiện trợ giúp pháp lý."},
    ]
    assert blocks[2]["value"]["text"] == "Quy định này quy định về trợ giúp pháp lý."
    assert len({block["id"] for block in blocks}) == len(blocks)


def test_decomposed_accents_and_odd_spaces_are_recognised():
    import unicodedata

    text = unicodedata.normalize("NFD", "Điều\u00a07. Hiệu lực thi hành\n1.\u00a0Có hiệu lực.")
    [article] = parse_structure(text)
    assert article["value"]["number"] == "7"
    assert article["value"]["title"] == "Hiệu lực thi hành"
    assert article["value"]["clauses"][0]["text"] == "Có hiệu lực."


@pytest.mark.parametrize(
    ("kind", "number", "anchor"),
    [
        ("article", "3", "dieu-3"),
        ("chapter", "II", "chuong-ii"),
        ("section", "1", "muc-1"),
        ("article", "5a", "dieu-5a"),
    ],
)
def test_anchors_are_readable_ascii(kind, number, anchor):
    assert anchor_for(kind, number) == anchor


def test_a_docx_file_is_read_through_python_docx():
    document = docx.Document()
    for line in PASTED.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    assert kinds(parse_structure(docx_text(buffer))) == kinds(parse_structure(PASTED))


def test_a_long_hostile_line_is_parsed_in_linear_time():
    # No nested repetition in the patterns: a megabyte of digits and spaces is one pass.
    text = "Điều " + "1" * 200_000 + " " * 200_000 + "\n" + "1. " * 100_000
    blocks = parse_structure(text)
    assert blocks[0]["type"] == "paragraph"
