"""The example department portal: its demo content and its admin login."""

from io import StringIO

from django.core.management import call_command
from wagtail.models import Page, Revision

from wagtail_emulation.models import WebsiteLink


def test_demo_pages_render(demo, client):
    for page in Page.objects.live().filter(depth__gt=1):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f"<h1>{page.title}</h1>" in response.content.decode()
    home = client.get("/").content.decode()
    assert "Sở Tư pháp tỉnh Điện Biên (demo)" in home
    assert 'href="#main-content"' in home


def test_loading_the_demo_twice_changes_nothing(demo):
    before = (Page.objects.count(), Revision.objects.count(), WebsiteLink.objects.count())
    call_command("load_demo", stdout=StringIO())
    assert (Page.objects.count(), Revision.objects.count(), WebsiteLink.objects.count()) == before


def test_demo_admin_command_prints_the_login(db):
    out = StringIO()
    call_command("ensure_demo_admin", stdout=out)
    call_command("ensure_demo_admin", stdout=out)
    assert "admin / demo-admin-2026" in out.getvalue()
