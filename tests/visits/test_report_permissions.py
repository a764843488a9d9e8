"""The "most viewed" report and its exports follow page permissions, as Wagtail's reports do."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page

from wagtail_emulation.visits.models import PageViewDaily

REPORT = "/admin/visits/top-pages/"


@pytest.fixture
def sections(site, page):
    """Two sections with viewed pages: "Tin tức" for everyone, "Nội bộ" restricted."""
    today = timezone.localdate()
    found = {}
    for title, slug, views in (("Tin tức", "tin-tuc", 40), ("Nội bộ", "noi-bo", 70)):
        section = Page(title=title, slug=slug)
        page.add_child(instance=section)
        child = Page(title=f"{title}: bài một", slug=f"{slug}-bai-mot")
        section.add_child(instance=child)
        PageViewDaily.objects.create(site=site, page=child, date=today, views=views)
        found[slug] = section
    return found


def _admin_user(django_user_model, name, *page_permissions):
    user = django_user_model.objects.create_user(name, f"{name}@example.vn", "pw")
    group = Group.objects.create(name=f"group-{name}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for section, codename in page_permissions:
        GroupPagePermission.objects.create(
            group=group, page=section, permission=Permission.objects.get(codename=codename)
        )
    user.groups.add(group)
    return user


@pytest.mark.parametrize("query", ["", "?export=csv", "?export=xlsx", "results/"])
def test_admin_user_without_page_permissions_is_refused(client, django_user_model, sections, query):
    client.force_login(_admin_user(django_user_model, "khach"))

    response = client.get(REPORT + query)

    assert response.status_code in (302, 403)
    assert "Nội bộ" not in response.content.decode()


def test_menu_shows_the_report_only_with_page_permissions(client, django_user_model, sections):
    client.force_login(_admin_user(django_user_model, "khach"))
    assert REPORT not in client.get("/admin/").content.decode()

    client.force_login(
        _admin_user(django_user_model, "bientap", (sections["tin-tuc"], "change_page"))
    )
    assert REPORT in client.get("/admin/").content.decode()


def test_editor_sees_only_the_pages_they_may_edit(client, django_user_model, sections):
    client.force_login(
        _admin_user(django_user_model, "bientap", (sections["tin-tuc"], "change_page"))
    )

    html = client.get(REPORT).content.decode()
    csv = b"".join(client.get(REPORT + "?export=csv").streaming_content).decode()

    assert "Tin tức: bài một" in html and "Tin tức: bài một" in csv
    assert "Nội bộ: bài một" not in html and "Nội bộ: bài một" not in csv
