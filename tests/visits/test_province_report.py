"""The province sees visit statistics per site and in total; a department's editors do not."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, Site

from wagtail_emulation.visits.models import SiteVisitArchive, SiteVisitDaily

REPORT = "/admin/visits/by-site/"


@pytest.fixture
def department(site, page):
    home = Page(title="Sở Nội vụ", slug="so-noi-vu")
    Page.get_first_root_node().add_child(instance=home)
    department = Site.objects.create(
        hostname="sonoivu.example.gov.vn", site_name="Sở Nội vụ", root_page=home
    )
    today = timezone.localdate()
    SiteVisitDaily.objects.create(site=site, date=today, views=1200, visits=300)
    SiteVisitDaily.objects.create(site=department, date=today, views=2000, visits=500)
    # Before the last 30 days: all time only.
    SiteVisitDaily.objects.create(
        site=department, date=today - timedelta(days=40), views=100, visits=10
    )
    SiteVisitArchive.objects.create(site=department, views=5000, visits=1000)
    return department


def member_of_a_group_with(django_user_model, name, page):
    user = django_user_model.objects.create_user(name, password="pw")
    group = Group.objects.create(name=f"nhom-{name}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=page, permission=Permission.objects.get(codename="change_page")
    )
    user.groups.add(group)
    return user


def cells(html):
    return [
        re.sub(r"<[^>]+>", "", c).strip()
        for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", html, re.S)
    ]


def test_a_province_group_sees_each_site_and_the_total(client, django_user_model, department):
    root = Page.get_first_root_node()
    client.force_login(member_of_a_group_with(django_user_model, "tinh", root))
    response = client.get(REPORT)
    assert response.status_code == 200
    html = response.content.decode()
    table = cells(html[html.index("<tbody>") :])
    start = table.index("Sở Nội vụ")
    assert table[start : start + 5] == ["Sở Nội vụ", "2.000", "500", "7.100", "1.510"]
    assert table[-5:] == ["Toàn tỉnh", "3.200", "800", "8.300", "1.810"]
    assert REPORT in client.get("/admin/").content.decode()  # in the Reports menu


def test_a_departments_editor_is_refused_and_not_shown_the_report(
    client, django_user_model, department
):
    client.force_login(member_of_a_group_with(django_user_model, "sonoivu", department.root_page))
    response = client.get(REPORT)
    assert response.status_code in (302, 403)
    assert "Toàn tỉnh" not in response.content.decode()
    assert REPORT not in client.get("/admin/").content.decode()
