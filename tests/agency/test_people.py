"""People: portraits only with recorded consent, archived not deleted, revisions kept, the
admin in Vietnamese, and vCards a calendar-and-contacts parser reads."""

from datetime import date, timedelta

import pytest
import vobject
from django.urls import reverse
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from wagtail_emulation.agency.people import PORTRAIT_SPEC, Person
from wagtail_emulation.agency.vcard import fold, person_vcard

pytestmark = pytest.mark.django_db


@pytest.fixture
def director(agency):
    return Person.objects.create(
        full_name="Nguyễn Văn Minh",
        position="Giám đốc Sở",
        unit=agency,
        rank=Person.Rank.HEAD,
        phone="0215 3000 001",
        email="giamdoc@example.com",
    )


def test_a_portrait_is_shown_only_with_recorded_consent(
    client, agency_pages, director, django_capture_on_commit_callbacks
):
    director.portrait = Image.objects.create(title="Chân dung", file=get_test_image_file())
    director.save()
    assert "agency-person__portrait" not in client.get(agency_pages["leaders"].url).content.decode()
    director.portrait_consent_on = date(2026, 3, 1)
    with django_capture_on_commit_callbacks(execute=True):
        director.save()  # the rendition is prepared here, not when a reader asks
    assert director.portrait.renditions.filter(filter_spec=PORTRAIT_SPEC).exists()
    html = client.get(agency_pages["leaders"].url).content.decode()
    assert html.count('class="agency-person__portrait"') == 1


def test_a_person_who_leaves_is_archived_from_every_current_list(client, agency_pages, director):
    director.left_on = date.today() + timedelta(days=3)  # leaving soon: still in post
    director.save()
    assert "Nguyễn Văn Minh" in client.get(agency_pages["leaders"].url).content.decode()
    director.left_on = date.today()
    director.save()
    for page in agency_pages.values():
        assert "Nguyễn Văn Minh" not in client.get(page.url).content.decode()
    vcard_url = reverse("wagtail_emulation:agency:vcard", args=[director.pk])
    assert client.get(vcard_url).status_code == 404
    assert Person.objects.filter(pk=director.pk).exists()


def test_editors_keep_revisions_and_cannot_delete_a_person(admin_client, director):
    namespace = "wagtailsnippets_wagtail_emulation_agency_person"
    assert admin_client.get(reverse(f"{namespace}:list")).status_code == 200
    edit = admin_client.get(reverse(f"{namespace}:edit", args=[director.pk])).content.decode()
    assert "Lĩnh vực phụ trách" in edit and "Ngày thôi công tác" in edit
    data = {
        "full_name": "Nguyễn Văn Minh",
        "position": "Giám đốc Sở Tư pháp",
        "unit": director.unit_id,
        "rank": "1",
        "sort_order": "100",
        "biography": '{"blocks": [], "entityMap": {}}',  # Draftail's empty document
    }
    response = admin_client.post(reverse(f"{namespace}:edit", args=[director.pk]), data)
    assert response.status_code == 302
    director.refresh_from_db()
    assert director.position == "Giám đốc Sở Tư pháp"
    assert director.revisions.count() == 1
    delete = admin_client.post(reverse(f"{namespace}:delete", args=[director.pk]))
    assert delete.status_code in (302, 403)
    assert Person.objects.filter(pk=director.pk).exists()


def test_the_vcard_is_rfc_6350_and_a_parser_reads_it(client, director):
    director.full_name = "Nguyễn Văn Minh; \\ có dấu phẩy, và dấu chấm phẩy"
    director.save()
    response = client.get(reverse("wagtail_emulation:agency:vcard", args=[director.pk]))
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert (
        'filename="nguyen-van-minh-co-dau-phay-va-dau-cham-phay.vcf"'
        in (response["Content-Disposition"])
    )
    text = response.content.decode()
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n") and text.endswith("END:VCARD\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    card = vobject.readOne(text)
    assert card.fn.value == "Nguyễn Văn Minh; \\ có dấu phẩy, và dấu chấm phẩy"
    assert card.title.value == "Giám đốc Sở"
    assert card.tel.value == "0215 3000 001" and card.email.value == "giamdoc@example.com"


def test_folding_never_cuts_a_vietnamese_letter():
    line = "NOTE:" + "Trợ giúp pháp lý " * 20
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode()) <= 75 for piece in pieces)
    assert "".join(piece.removeprefix(" ") for piece in pieces) == line


def test_unit_name_goes_in_the_organisation_when_it_is_not_the_agency(director):
    from wagtail_emulation.organisation import Unit

    director.unit = Unit.objects.create(name="Văn phòng Sở", parent=director.unit)
    text = person_vcard(director, agency_name="Sở Tư pháp tỉnh Mẫu")
    assert "ORG:Sở Tư pháp tỉnh Mẫu;Văn phòng Sở\r\n" in text
