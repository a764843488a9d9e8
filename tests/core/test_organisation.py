"""The core's unit tree: two-level local government, the tree, slugs, and its admin screens."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from wagtail_emulation.organisation import Unit, unit_tree

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "label"), [("unit", "Chức năng, nhiệm vụ"), ("calendarexception", "Ngày làm việc bù")]
)
def test_organisation_screens_open_in_vietnamese(admin_client, model, label):
    namespace = f"wagtailsnippets_wagtail_emulation_{model}"
    assert admin_client.get(reverse(f"{namespace}:list")).status_code == 200
    html = admin_client.get(reverse(f"{namespace}:add")).content.decode()
    assert label in html


def test_the_unit_listing_says_current_or_not_in_vietnamese(admin_client):
    """A boolean column shows a tick or a cross titled "Có" / "Không", not Python's "False"."""
    Unit.objects.create(name="Phòng Tư pháp huyện Tuần Giáo", kind="district", is_current=False)
    html = admin_client.get(reverse("wagtailsnippets_wagtail_emulation_unit:list")).content
    cell = html.decode().rsplit("Phòng Tư pháp huyện Tuần Giáo", 1)[1].split("</tr>")[0]
    assert "icon-cross" in cell and "Không" in cell
    assert "False" not in cell


def test_a_new_unit_cannot_be_district_level(admin_client):
    html = admin_client.get(reverse("wagtailsnippets_wagtail_emulation_unit:add")).content
    html = html.decode()
    assert "Phòng chuyên môn" in html and "Cấp xã" in html
    assert 'value="district"' not in html
    response = admin_client.post(
        reverse("wagtailsnippets_wagtail_emulation_unit:add"),
        {"name": "Phòng Tư pháp huyện X", "kind": "district", "is_current": "on",
         "sort_order": "100"},
    )  # fmt: skip
    assert response.status_code == 200 and not Unit.objects.exists()


def test_a_past_district_unit_keeps_its_kind_but_cannot_be_current():
    past = Unit.objects.create(name="Phòng Tư pháp huyện Tuần Giáo", kind="district",
                               is_current=False)  # fmt: skip
    past.full_clean()
    past.is_current = True
    with pytest.raises(ValidationError) as raised:
        past.full_clean()
    assert "hai cấp (tỉnh, xã)" in raised.value.message_dict["kind"][0]


def test_the_tree_nests_current_units_in_order_and_slugs_are_ascii(django_assert_num_queries):
    agency = Unit.objects.create(name="Sở Tư pháp", kind="agency", sort_order=1)
    office = Unit.objects.create(name="Văn phòng Sở", kind="office", parent=agency, sort_order=2)
    Unit.objects.create(name="Đội văn thư", parent=office)
    Unit.objects.create(name="Phòng cũ", parent=agency, is_current=False)
    Unit.objects.create(name="Thanh tra Sở", kind="inspectorate", parent=agency, sort_order=3)
    with django_assert_num_queries(1):
        roots = unit_tree()
    drawn = [("  " * node.depth) + node.unit.name for root in roots for node in root]
    assert drawn == ["Sở Tư pháp", "  Văn phòng Sở", "    Đội văn thư", "  Thanh tra Sở"]
    assert Unit.objects.get(name="Đội văn thư").slug == "doi-van-thu"
    assert Unit.objects.create(name="Sở Tư pháp").slug == "so-tu-phap-2"
    assert sorted(Unit.with_descendants(office.pk)) == sorted(
        Unit.objects.filter(name__in=["Văn phòng Sở", "Đội văn thư"]).values_list("pk", flat=True)
    )


def test_a_unit_cannot_belong_to_its_own_unit():
    agency = Unit.objects.create(name="Sở Tư pháp")
    office = Unit.objects.create(name="Văn phòng Sở", parent=agency)
    agency.parent = office
    with pytest.raises(ValidationError):
        agency.full_clean()
