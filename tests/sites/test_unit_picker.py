"""The unit picker of edit forms offers a department editor their own site's units and the
shared ones, never another site's (as the units listing does)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, Site

from wagtail_emulation.organisation import Unit

pytestmark = pytest.mark.django_db


def test_the_unit_picker_offers_only_the_editors_sites(client, django_user_model):
    default = Site.objects.get(is_default_site=True)
    home = Page.get_first_root_node().add_child(instance=Page(title="Sở Nội vụ", slug="so-noi-vu"))
    department = Site.objects.create(hostname="sonoivu.localhost", root_page=home)
    Unit.objects.create(name="Thanh tra Sở Tư pháp", kind=Unit.Kind.DIVISION, site=default)
    Unit.objects.create(name="Văn phòng Sở Nội vụ", kind=Unit.Kind.DIVISION, site=department)
    Unit.objects.create(name="Hội đồng Thi đua tỉnh", kind=Unit.Kind.DIVISION)
    group = Group.objects.create(name="Biên tập viên Sở Nội vụ")
    group.permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "view_unit", "change_unit"])
    )
    GroupPagePermission.objects.create(
        group=group,
        page=home,
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename="change_page"
        ),
    )
    editor = django_user_model.objects.create_user("noivu", password="x")
    editor.groups.add(group)
    client.force_login(editor)

    for name in ("choose", "choose_results"):
        response = client.get(reverse(f"wagtailsnippetchoosers_wagtail_emulation_unit:{name}"))
        assert response.status_code == 200
        html = response.json()["html"] if name == "choose" else response.content.decode()
        assert "Văn phòng Sở Nội vụ" in html
        assert "Hội đồng Thi đua tỉnh" in html
        assert "Thanh tra Sở Tư pháp" not in html
