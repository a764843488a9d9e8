"""The public library on the demo portal, as a reader without JavaScript uses it."""

import csv
import io
import json
import re

import feedparser
import pytest
import time_machine
from openpyxl import load_workbook

from wagtail_emulation.legal_documents.models import DocumentType, Issuer

from ..campaigns.builders import moment

LIBRARY = "/van-ban/"
TODAY = moment(2026, 12, 1)


def listed(html):
    return re.findall(r'legal-library__title"><a href="([^"]+)">([^<]+)<', html)


def titles(html):
    return [title for _url, title in listed(html)]


def option_value(html, select_name, label):
    select = re.search(rf'<select name="{select_name}"[^>]*>(.*?)</select>', html, re.S).group(1)
    return re.search(rf'<option value="([^"]*)"[^>]*>{re.escape(label)}</option>', select).group(1)


def status_text(html):
    return re.search(r'data-emulation="legal-status">([^<]+)<', html).group(1)


@time_machine.travel(TODAY, tick=False)
def test_a_reader_filters_by_type_year_and_issuer_then_opens_the_document(client, demo):
    page = client.get(LIBRARY).content.decode()
    # The GET form offers the catalogues by name: choosing three of them is one submit.
    query = {
        "type": option_value(page, "type", "Quyết định"),
        "year": option_value(page, "year", "2023"),
        "issuer": option_value(page, "issuer", "Ủy ban nhân dân tỉnh Điện Biên"),
    }
    html = client.get(LIBRARY, query).content.decode()
    assert listed(html) == [("/van-ban/15-2023-qd-ubnd/", "Quyết định 15/2023/QĐ-UBND")]
    assert "Tìm thấy 1 văn bản" in html
    assert "Hết hiệu lực một phần" in html

    document = client.get(listed(html)[0][0]).content.decode()
    assert status_text(document) == "Hết hiệu lực một phần"
    assert "<dt>Số, ký hiệu</dt><dd>15/2023/QĐ-UBND</dd>" in document
    assert "<dt>Cơ quan ban hành</dt><dd>Ủy ban nhân dân tỉnh Điện Biên</dd>" in document
    assert "<dt>Cấp ban hành</dt><dd>Cấp tỉnh</dd>" in document
    # Both directions: what it replaces, and what amends it.
    assert re.search(r"<dt>Thay thế</dt><dd><a href=\"/van-ban/27-2019-qd-ubnd/\">", document)
    assert re.search(
        r"<dt>Được sửa đổi, bổ sung bởi</dt><dd><a href=\"/van-ban/04-2025-qd-ubnd/\">"
        r"Quyết định 04/2025/QĐ-UBND</a>[^<]*\(Điều 8 và Điều 12\)",
        document,
    )
    assert "(PDF, " in document


@time_machine.travel(TODAY, tick=False)
@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/van-ban/27-2019-qd-ubnd/", "Hết hiệu lực toàn bộ"),  # replaced in 2023
        ("/van-ban/35-kh-stp/", "Hết hiệu lực toàn bộ"),  # its expiry date has passed
        ("/van-ban/30-2026-qd-ubnd/", "Chưa có hiệu lực"),  # in force from 1/1/2027
        ("/van-ban/04-2025-qd-ubnd/", "Còn hiệu lực"),
    ],
)
def test_status_follows_dates_and_relations(client, demo, path, status):
    assert status_text(client.get(path).content.decode()) == status


@time_machine.travel(TODAY, tick=False)
def test_the_status_filter_agrees_with_each_page(client, demo):
    for value, label in [
        ("expired", "Hết hiệu lực toàn bộ"),
        ("partly-expired", "Hết hiệu lực một phần"),
        ("not-yet", "Chưa có hiệu lực"),
    ]:
        html = client.get(LIBRARY, {"status": value}).content.decode()
        for url, _title in listed(html):
            assert status_text(client.get(url).content.decode()) == label
    expired = titles(client.get(LIBRARY, {"status": "expired"}).content.decode())
    assert sorted(expired) == ["Kế hoạch 35/KH-STP", "Quyết định 27/2019/QĐ-UBND"]


@pytest.mark.parametrize("typed", ["15/20", "15/2023/qd", "15/2023/QĐ-UBND", " 15 / 2023"])
def test_a_reader_finds_a_document_by_the_start_of_its_number(client, demo, typed):
    html = client.get(LIBRARY, {"number": typed}).content.decode()
    assert titles(html) == ["Quyết định 15/2023/QĐ-UBND"]


def test_words_of_the_summary_match_without_accents(client, demo):
    html = client.get(LIBRARY, {"text": "hoa giai co so"}).content.decode()
    assert titles(html) == ["Nghị quyết 10/2024/NQ-HĐND", "Kế hoạch 35/KH-STP"]


def test_a_backwards_date_range_is_explained_in_vietnamese(client, demo):
    html = client.get(
        LIBRARY, {"issued_from": "01/01/2025", "issued_to": "01/01/2024"}
    ).content.decode()
    assert "Khoảng ngày bị ngược" in html
    assert 'id="id_issued_to_error"' in html
    # The valid "from" date still filters; nothing is lost.
    assert titles(html) and '<meta name="robots" content="noindex, follow">' in html
    bad_date = client.get(LIBRARY, {"issued_from": "32/13/2024"}).content.decode()
    assert "Nhập ngày theo dạng ngày/tháng/năm" in bad_date


def test_one_filter_is_indexed_with_its_canonical_address_combined_ones_are_not(client, demo):
    type_id = DocumentType.objects.get(name="Kế hoạch").pk
    html = client.get(LIBRARY, {"type": type_id}).content.decode()
    assert f'<link rel="canonical" href="http://localhost/van-ban/?type={type_id}">' in html
    assert 'name="robots"' not in html
    issuer_id = Issuer.objects.get(name="Sở Tư pháp tỉnh Điện Biên").pk
    html = client.get(LIBRARY, {"issuer": issuer_id, "type": type_id, "page": 2}).content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html
    assert (
        f'<link rel="canonical" href="http://localhost/van-ban/?type={type_id}&amp;'
        f'issuer={issuer_id}">' in html
    )
    plain = client.get(LIBRARY).content.decode()
    assert '<link rel="canonical" href="http://localhost/van-ban/">' in plain


def test_sorting_by_number_and_paging(client, demo):
    html = client.get(LIBRARY, {"sort": "number"}).content.decode()
    numbers = [title.rsplit(" ", 1)[1] for title in titles(html)]
    assert numbers[:4] == ["01/HD-STP", "02/HD-STP", "03/CT-UBND", "03/KH-HĐTĐKT"]
    assert 'rel="next"' in html and "Tìm thấy 30 văn bản" in html
    second = client.get(LIBRARY, {"sort": "number", "page": 2}).content.decode()
    assert not set(titles(second)) & set(titles(html))


def test_every_reader_gets_the_same_html(client, demo):
    from django.test import Client

    first = client.get(LIBRARY, {"number": "15"}).content
    second = Client(HTTP_USER_AGENT="another reader").get(LIBRARY, {"number": "15"}).content
    assert first == second
    assert b"csrfmiddlewaretoken" not in first


def test_feeds_follow_the_filter(client, demo):
    type_id = DocumentType.objects.get(name="Kế hoạch").pk
    html = client.get(LIBRARY, {"type": type_id}).content.decode()
    assert f'href="/van-ban/feed/rss/?type={type_id}"' in html
    for kind in ("rss", "atom"):
        feed = feedparser.parse(client.get(f"/van-ban/feed/{kind}/", {"type": type_id}).content)
        assert feed.entries
        assert all(entry.title.startswith("Kế hoạch ") for entry in feed.entries)
    everything = feedparser.parse(client.get("/van-ban/feed/rss/").content)
    assert len(everything.entries) == 30


def test_exports_open_in_excel_with_vietnamese_intact(client, demo):
    response = client.get("/van-ban/export/csv/", {"year": 2023})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Số, ký hiệu", "Loại văn bản", "Cơ quan ban hành"]
    assert ["15/2023/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Điện Biên"] in [
        row[:3] for row in rows[1:]
    ]
    assert all(row[5].endswith("/2023") for row in rows[1:])
    workbook = load_workbook(io.BytesIO(client.get("/van-ban/export/xlsx/").content))
    sheet = workbook.active
    assert sheet.cell(1, 9).value == "Trích yếu"
    assert sheet.max_row == 31


def test_a_document_carries_legislation_structured_data(client, demo):
    html = client.get("/van-ban/15-2023-qd-ubnd/").content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1]
    )
    entity = data["@graph"][0]
    assert entity["@type"] == "Legislation"
    assert entity["legislationIdentifier"] == "15/2023/QĐ-UBND"
    assert entity["legislationDate"] == "2023-05-12"
    assert entity["legislationType"] == "Quyết định"
    assert entity["legislationPassedBy"]["name"] == "Ủy ban nhân dân tỉnh Điện Biên"
    assert entity["legislationLegalForce"]["@id"].startswith("https://schema.org/")
    assert entity["encoding"][0]["encodingFormat"] == "application/pdf"
    assert [item["legislationIdentifier"] for item in entity["legislationChanges"]] == [
        "27/2019/QĐ-UBND",
        "06/2022/QH15",
    ]


def test_the_campaign_launch_document_is_a_library_entry(client, demo):
    campaign = client.get(
        "/phong-trao-thi-dua/thi-dua-chao-mung-40-nam-thanh-lap-nganh-tu-phap-tinh/"
    ).content.decode()
    assert re.search(
        r'data-emulation="launch-document">\s*<a href="/van-ban/08-kh-stp/">Kế hoạch 08/KH-STP</a>',
        campaign,
    )
    document = client.get("/van-ban/08-kh-stp/").content.decode()
    assert "Phong trào thi đua phát động theo văn bản này" in document
    assert "chào mừng kỷ niệm 40 năm" in document


def test_the_library_is_in_the_menu_and_the_sitemap(client, demo):
    from django.contrib.sitemaps.views import sitemap  # noqa: F401 - the app is installed

    from wagtail_emulation.legal_documents.models import LegalDocumentPage

    urls = [url["location"] for url in LegalDocumentPage.objects.live().first().get_sitemap_urls()]
    assert urls and urls[0].startswith("http://localhost/van-ban/")


def test_a_warm_document_page_reads_its_facts_from_the_kept_render(
    demo, django_assert_max_num_queries
):
    from django.test import Client

    from wagtail_emulation.legal_documents.models import Issuer, LegalDocumentPage

    reader = Client(HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36")
    document = LegalDocumentPage.objects.live().first()
    first = reader.get(document.url).content
    # Routing (6) and the lists that link here; not the facts, files or relations (17 before).
    with django_assert_max_num_queries(11):
        assert reader.get(document.url).content == first
    issuer = document.issuer
    issuer.name = issuer.name + " (đổi tên)"
    issuer.save()  # a catalogue entry renamed: the kept facts go stale at once
    assert issuer.name in reader.get(document.url).content.decode()
    Issuer.objects.filter(pk=issuer.pk).update(name=issuer.name.removesuffix(" (đổi tên)"))
