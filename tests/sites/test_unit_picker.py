"""The unit picker of edit forms offers a department editor their own site's units and the
shared ones, never another site's (as the units listing does)."""

import pytest
from django.urls import reverse
from wagtail.models import Site

from wagtail_emulation.organisation import Unit

from .second_site import department_with_editor

pytestmark = pytest.mark.django_db


def test_the_unit_picker_offers_only_the_editors_sites(client, django_user_model):
    default = Site.objects.get(is_default_site=True)
    department, editor = department_with_editor(django_user_model, ["view_unit", "change_unit"])
    Unit.objects.create(name="Thanh tra Sở Tư pháp", kind=Unit.Kind.DIVISION, site=default)
    Unit.objects.create(name="Văn phòng Sở Nội vụ", kind=Unit.Kind.DIVISION, site=department)
    Unit.objects.create(name="Hội đồng Thi đua tỉnh", kind=Unit.Kind.DIVISION)
    client.force_login(editor)

    for name in ("choose", "choose_results"):
        response = client.get(reverse(f"wagtailsnippetchoosers_wagtail_emulation_unit:{name}"))
        assert response.status_code == 200
        html = response.json()["html"] if name == "choose" else response.content.decode()
        assert "Văn phòng Sở Nội vụ" in html
        assert "Hội đồng Thi đua tỉnh" in html
        assert "Thanh tra Sở Tư pháp" not in html
