"""``create_department_site``: a department site in one step, idempotent, with a dry run."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Collection, GroupPagePermission, Page, Site
from wagtail.users.models import UserProfile

from wagtail_emulation.models import EmulationSettings

HOST = "sonoivu.example.gov.vn"
NAME = "Sở Nội vụ"


def create(*args):
    out = StringIO()
    with translation.override("vi"):
        call_command("create_department_site", *args, stdout=out)
    return out.getvalue()


def counts():
    return (
        Site.objects.count(),
        Page.objects.count(),
        Group.objects.count(),
        Collection.objects.count(),
        GroupPagePermission.objects.count(),
        EmulationSettings.objects.count(),
    )


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("bientap.sonoivu", password="pw")


def test_creates_the_site_its_sections_settings_group_and_collection(editor):
    out = create(HOST, NAME, "--parent-agency", "UBND tỉnh Điện Biên", "--editor", editor.username)
    site = Site.objects.get(hostname=HOST)
    assert site.site_name == NAME and site.port == 80 and not site.is_default_site
    home = site.root_page.specific
    assert home.title == NAME and home.live and home.depth == 2
    sections = {page.title: page.specific_class._meta.label for page in home.get_children()}
    assert sections["Tin tức"] == "wagtail_emulation_news.NewsIndexPage"
    assert sections["Văn bản"] == "wagtail_emulation_legal_documents.LegalDocumentIndexPage"
    assert all(page.live and page.show_in_menus for page in home.get_children())
    portal_settings = EmulationSettings.objects.get(site=site)
    assert portal_settings.agency_name == NAME
    assert portal_settings.parent_agency == "UBND tỉnh Điện Biên"
    assert not portal_settings.share_with_province  # sharing stays a choice
    group = Group.objects.get(name=f"Biên tập viên – {NAME}")
    assert set(GroupPagePermission.objects.filter(group=group).values_list("page", flat=True)) == {
        home.pk
    }
    assert Collection.objects.filter(name=NAME, depth=2).exists()
    assert editor.groups.filter(pk=group.pk).exists()
    assert UserProfile.get_for_user(editor).preferred_language == "vi"
    assert f"Trang “{NAME}” đã sẵn sàng." in out
    assert "Tạo chuyên mục “Tin tức”" in out


def test_a_second_run_changes_nothing_and_says_so(editor):
    create(HOST, NAME, "--editor", editor.username)
    before = counts()
    out = create(HOST, NAME, "--editor", editor.username)
    assert counts() == before
    assert "không có gì cần thay đổi" in out


def test_a_dry_run_lists_the_steps_and_writes_nothing(db):
    before = counts()
    out = create(HOST, NAME, "--dry-run")
    assert counts() == before
    assert "Chạy thử" in out
    assert "Tạo chuyên mục “Tin tức”" in out
    assert f"Tạo nhóm “Biên tập viên – {NAME}”" in out


def test_a_host_name_taken_by_another_site_is_refused_in_vietnamese(db):
    create(HOST, NAME)
    with pytest.raises(CommandError, match="đã thuộc trang “Sở Nội vụ”"):
        create(HOST, "Sở Tài chính")
    with pytest.raises(CommandError, match="không phải là tên máy chủ hợp lệ"):
        create("khong hop le", "Sở Tài chính")
    with pytest.raises(CommandError, match="không phải là một kiểu trang"):
        create("sotaichinh.example.gov.vn", "Sở Tài chính", "--home-page-type", "auth.User")
    assert not Site.objects.filter(site_name="Sở Tài chính").exists()


def test_the_groups_member_edits_its_own_site_and_not_another(editor, client):
    create(HOST, NAME, "--editor", editor.username)
    create("sotaichinh.example.gov.vn", "Sở Tài chính")
    own = Site.objects.get(hostname=HOST).root_page
    other = Site.objects.get(hostname="sotaichinh.example.gov.vn").root_page
    own_news = own.get_children().get(title="Tin tức")
    other_news = other.get_children().get(title="Tin tức")
    assert own_news.permissions_for_user(editor).can_edit()
    assert own_news.permissions_for_user(editor).can_publish()
    assert not other_news.permissions_for_user(editor).can_edit()
    client.force_login(editor)
    assert client.get(f"/admin/pages/{own_news.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{other_news.pk}/edit/").status_code in (302, 403)
