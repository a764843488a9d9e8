"""The public catalogue: filters, accent-insensitive search, a procedure's page and JSON-LD."""

import json
import re

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from wagtail_emulation.procedures.models import ProcedureLevel

from .builders import catalogue, field, procedure


def json_ld(html):
    (document,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(document)


def titles(html):
    return re.findall(r'<h2 class="procedure-catalogue__title"><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def filled(db):
    index = catalogue()
    procedure(index, "1.000893.000.00.00.H13", "Đăng ký khai sinh")
    procedure(
        index,
        "2.000908.000.00.00.H13",
        "Cấp Phiếu lý lịch tư pháp",
        field=field("Lý lịch tư pháp"),
        level=ProcedureLevel.PROVINCE,
        agency="Sở Tư pháp",
        processing_time="10 ngày làm việc",
        working_days=10,
        fees="200.000 đồng/lần",
        documents_required="<ul><li>Tờ khai</li></ul>",
        legal_basis="Luật Lý lịch tư pháp",
    )
    procedure(
        index,
        "1.001022.000.00.00.H13",
        "Chứng thực bản sao từ bản chính",
        field=field("Chứng thực"),
    )
    return index


def get(path, data=None):
    response = Client().get(path, data, HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 200
    return response.content.decode()


def test_the_catalogue_lists_every_procedure_by_code(filled):
    html = get(filled.url)
    assert titles(html) == [
        "Đăng ký khai sinh",
        "Chứng thực bản sao từ bản chính",
        "Cấp Phiếu lý lịch tư pháp",
    ]
    assert "3 thủ tục" in html


def test_filters_by_field_and_level(filled):
    by_field = get(filled.url, {"field": field("Chứng thực").pk})
    assert titles(by_field) == ["Chứng thực bản sao từ bản chính"]
    by_level = get(filled.url, {"level": "province"})
    assert titles(by_level) == ["Cấp Phiếu lý lịch tư pháp"]
    assert titles(get(filled.url, {"level": "province", "field": field().pk})) == []
    assert "Không có thủ tục nào khớp với các điều kiện lọc này." in get(
        filled.url, {"level": "province", "field": field().pk}
    )
    # A district level no longer exists: the value is reported and ignored.
    wrong = get(filled.url, {"level": "district"})
    assert len(titles(wrong)) == 3
    assert "district" in wrong and "không phải là một trong các lựa chọn" in wrong


def test_words_match_without_accents_and_codes_match(filled):
    assert titles(get(filled.url, {"text": "ly lich tu phap"})) == ["Cấp Phiếu lý lịch tư pháp"]
    assert titles(get(filled.url, {"text": "KHAI SINH"})) == ["Đăng ký khai sinh"]
    assert titles(get(filled.url, {"text": "1.001022"})) == ["Chứng thực bản sao từ bản chính"]


def test_the_site_search_finds_a_procedure_typed_without_accents(filled):
    page = filled.get_children().get(slug="2-000908-000-00-00-h13")
    html = get("/search/", {"q": "phieu ly lich"})
    assert page.url in html


@override_settings(
    WAGTAIL_EMULATION_PROCEDURES_PROVINCIAL_PORTAL_URL="https://dichvucong.example.gov.vn/tthc/{code}"
)
def test_a_procedure_page_shows_its_facts_links_and_a_government_service(filled):
    page = filled.get_children().get(slug="2-000908-000-00-00-h13").specific
    html = get(page.url)
    for fact in (
        "<dd>2.000908.000.00.00.H13</dd>",
        "<dd>Lý lịch tư pháp</dd>",
        "<dd>Cấp tỉnh</dd>",
        "<dd>Sở Tư pháp</dd>",
        "<dd>10 ngày làm việc</dd>",
        "<dd>200.000 đồng/lần</dd>",
        "<li>Tờ khai</li>",
        "Luật Lý lịch tư pháp",
    ):
        assert fact in html, fact
    links = re.findall(r'<a href="([^"]+)" rel="external">([^<]+)</a>', html)
    assert (
        "https://dichvucong.example.gov.vn/tthc/2.000908.000.00.00.H13",
        "Cổng Dịch vụ công tỉnh",
    ) in links
    assert any("dichvucong.gov.vn" in href and "2.000908" in href for href, _ in links)
    service = json_ld(html)["@graph"][0]
    assert service["@type"] == "GovernmentService"
    assert service["identifier"] == "2.000908.000.00.00.H13"
    assert service["serviceType"] == "Lý lịch tư pháp"
    assert service["provider"] == {"@type": "GovernmentOrganization", "name": "Sở Tư pháp"}
    assert [c["serviceUrl"] for c in service["availableChannel"]][1] == (
        "https://dichvucong.example.gov.vn/tthc/2.000908.000.00.00.H13"
    )


@override_settings(WAGTAIL_EMULATION_PROCEDURES_NATIONAL_PORTAL_URL="")
def test_without_portal_addresses_no_link_is_shown(filled):
    page = filled.get_children().first()
    html = get(page.url)
    assert 'data-emulation="procedure-links"' not in html
    assert "availableChannel" not in html


def test_html_is_byte_identical_and_rendering_writes_nothing(filled):
    page = filled.get_children().first()
    for path in (filled.url, page.url, f"{filled.url}?level=commune"):
        first = Client().get(path)
        with CaptureQueriesContext(connection) as captured:
            second = Client(REMOTE_ADDR="198.51.100.7").get(path, HTTP_USER_AGENT="Other")
        assert first.content == second.content
        assert not first.cookies
        writes = [
            q["sql"]
            for q in captured
            if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        ]
        assert writes == []


def test_a_code_must_look_like_one_and_be_unique_in_the_catalogue(filled):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        procedure(filled, "1.000893.000.00.00.H13", "Trùng mã")
    assert "code" in error.value.message_dict
    with pytest.raises(ValidationError):
        procedure(filled, "mã sai/01", "Mã sai")


def test_an_editor_adds_a_procedure_whose_address_comes_from_its_code(filled, client):
    from django.contrib.auth import get_user_model

    from wagtail_emulation.procedures.models import ProcedurePage

    admin = get_user_model().objects.create_superuser("bientap", "bt@example.com", "pw")
    client.force_login(admin)
    url = f"/admin/pages/add/wagtail_emulation_procedures/procedurepage/{filled.pk}/"
    data = {
        "title": "Đăng ký giám hộ",
        "slug": "",
        "code": "1.000656.000.00.00.h13",
        "level": "commune",
        "field": field().pk,
        "agency": "Ủy ban nhân dân cấp xã",
        "action-publish": "publish",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[-3000:]
    page = ProcedurePage.objects.get(title="Đăng ký giám hộ")
    assert (page.code, page.slug, page.live) == (
        "1.000656.000.00.00.H13",
        "1-000656-000-00-00-h13",
        True,
    )
    again = client.post(url, {**data, "title": "Trùng mã"}, HTTP_ACCEPT_LANGUAGE="vi")
    assert again.status_code == 200
    assert "Danh mục này đã có một thủ tục mang mã này." in again.content.decode()
