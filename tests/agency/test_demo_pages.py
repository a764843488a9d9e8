"""The demo's agency pages as a reader meets them: the director's contacts two clicks from
the home page, the unit tree without any current district unit, each unit's page, the
spokesperson and focal official, the JSON-LD and the vCards."""

import json
import re

import pytest
import vobject
from lxml import html as lxml_html

from wagtail_emulation.agency.people import Person

pytestmark = pytest.mark.django_db

DIRECTOR_PHONE = "0215 3000 001"
DIRECTOR_EMAIL = "giamdoc.stp@example.com"


def links(page_html):
    """(text, href) of every link in the page's main content."""
    tree = lxml_html.fromstring(page_html)
    return [
        (" ".join(a.text_content().split()), a.get("href")) for a in tree.xpath("//main//a[@href]")
    ]


def json_ld(page_html):
    (document,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page_html, re.S)
    return json.loads(document)


def test_a_reader_finds_the_directors_phone_and_email_in_two_clicks(client, demo):
    home = client.get("/").content.decode()
    # Click 1: "Lãnh đạo" in the home page's "Giới thiệu" section.
    (leaders_url,) = {href for text, href in links(home) if text == "Lãnh đạo"}
    leaders = client.get(leaders_url)
    assert leaders.status_code == 200
    page = leaders.content.decode()
    # The director is first, with phone and e-mail as links a phone or mail client opens.
    tree = lxml_html.fromstring(page)
    first = tree.xpath("//article[contains(@class, 'agency-person')]")[0]
    text = " ".join(first.text_content().split())
    assert "Nguyễn Văn Minh (minh họa)" in text and "Giám đốc Sở" in text
    assert first.xpath(".//a[@href='tel:02153000001']")[0].text == DIRECTOR_PHONE
    assert first.xpath(f".//a[@href='mailto:{DIRECTOR_EMAIL}']")
    # Click 2 (if the reader wants the card): the director's vCard.
    (vcard_url,) = first.xpath(".//a[@download]/@href")
    card = vobject.readOne(client.get(vcard_url).content.decode())
    assert card.fn.value == "Nguyễn Văn Minh (minh họa)"
    assert card.tel.value == DIRECTOR_PHONE and card.email.value == DIRECTOR_EMAIL


def test_the_introduction_section_of_the_home_page_is_no_longer_empty(client, demo):
    home = client.get("/").content.decode()
    texts = [text for text, _href in links(home)]
    for title in ("Giới thiệu chung", "Cơ cấu tổ chức", "Lãnh đạo"):
        assert title in texts


def test_leaders_page_shows_current_leaders_the_spokesperson_and_the_focal_official(client, demo):
    page = client.get("/gioi-thieu/lanh-dao/").content.decode()
    for name in ("Lò Thị Hạnh", "Trần Quốc Bảo", "Vàng A Sùng"):
        assert name in page
    assert "Hoàng Văn Tâm" not in page  # archived: retired on 1/7/2025
    assert "Người phát ngôn" in page and "Phạm Thu Trang (minh họa)" in page
    assert "Cán bộ đầu mối của cổng thông tin" in page and "Đỗ Minh Khôi (minh họa)" in page
    assert "Lĩnh vực phụ trách" in page and "Sinh năm 1972, cử nhân Luật" in page
    assert "agency-person__portrait" not in page  # no consent recorded in the demo


def test_organisation_chart_lists_current_units_and_no_district_unit(client, demo):
    page = client.get("/gioi-thieu/co-cau-to-chuc/").content.decode()
    tree = lxml_html.fromstring(page)
    chart = tree.xpath("//div[contains(@class, 'agency-chart')]")[0]
    names = [" ".join(a.text_content().split()) for a in chart.xpath(".//a")]
    for unit in (
        "Văn phòng Sở (minh họa)",
        "Thanh tra Sở (minh họa)",
        "Phòng Hành chính tư pháp (minh họa)",
        "Trung tâm Trợ giúp pháp lý nhà nước (minh họa)",
        "Chi nhánh Trợ giúp pháp lý số 1 (minh họa)",
    ):
        assert unit in names
    # Nested: the branch is inside the legal aid centre's own list.
    branch = chart.xpath(".//li[div/a[contains(., 'Trung tâm Trợ giúp')]]//li//a")
    assert "Chi nhánh Trợ giúp pháp lý số 1 (minh họa)" in branch[0].text_content()
    assert "huyện" not in chart.text_content() and "Cấp huyện" not in page


def test_each_unit_has_its_page_with_head_deputies_contacts_and_functions(client, demo):
    page = client.get("/gioi-thieu/co-cau-to-chuc/").content.decode()
    (office_url,) = {href for text, href in links(page) if text == "Văn phòng Sở (minh họa)"}
    office = client.get(office_url).content.decode()
    assert "<h1>Văn phòng Sở (minh họa)</h1>" in office
    assert "Phạm Thu Trang (minh họa)" in office and "Giàng Thị Mỷ (minh họa)" in office
    assert "vanphong@example.com" in office and "Tham mưu tổng hợp" in office
    assert client.get("/gioi-thieu/co-cau-to-chuc/khong-co-don-vi-nay/").status_code == 404
    district = "phong-tu-phap-huyen-tuan-giao-minh-hoa"
    assert client.get(f"/gioi-thieu/co-cau-to-chuc/{district}/").status_code == 404


def test_json_ld_names_the_agency_its_departments_members_and_contact_points(client, demo):
    data = json_ld(client.get("/gioi-thieu/gioi-thieu-chung/").content.decode())
    agency = data["@graph"][0]["mainEntity"]
    assert agency["@type"] == "GovernmentOrganization"
    assert agency["name"] == "Sở Tư pháp tỉnh Điện Biên"
    departments = {each["name"]: each for each in agency["department"]}
    centre = departments["Trung tâm Trợ giúp pháp lý nhà nước (minh họa)"]
    assert centre["department"][0]["name"] == "Chi nhánh Trợ giúp pháp lý số 1 (minh họa)"
    assert centre["url"].endswith(
        "/gioi-thieu/co-cau-to-chuc/" + "trung-tam-tro-giup-phap-ly-nha-nuoc-minh-hoa/"
    )
    assert [m["name"] for m in agency["member"]][0] == "Nguyễn Văn Minh (minh họa)"
    assert len(agency["member"]) == 4
    kinds = {point["contactType"]: point for point in agency["contactPoint"]}
    assert kinds["Người phát ngôn"]["telephone"] == "0215 3000 011"


def test_an_archived_person_has_no_vcard_and_html_is_the_same_for_every_reader(client, demo):
    retired = Person.objects.get(full_name="Hoàng Văn Tâm (minh họa)")
    assert client.get(f"/emulation/agency/people/{retired.pk}/vcard/").status_code == 404
    for url in ("/gioi-thieu/lanh-dao/", "/gioi-thieu/co-cau-to-chuc/"):
        first, second = client.get(url), client.get(url)
        assert first.content == second.content
        assert "Set-Cookie" not in first and "Cookie" not in first.get("Vary", "")
