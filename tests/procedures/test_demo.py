"""The demo catalogue: thirty procedures of a Department of Justice, built twice unchanged."""

import pytest
from django.test import Client
from wagtail.models import Site

from example_site.portal.demo import BUILDERS
from example_site.portal.demo import procedures as demo
from wagtail_emulation.procedures.models import ProcedurePage


@pytest.mark.django_db
def test_the_demo_builds_thirty_procedures_once_and_they_render():
    assert "example_site.portal.demo.procedures" in BUILDERS
    home = Site.objects.get(is_default_site=True).root_page
    demo.build(home)
    demo.build(home)
    pages = ProcedurePage.objects.live()
    assert pages.count() == 30
    assert set(pages.values_list("level", flat=True)) == {"province", "commune"}
    assert {page.field.name for page in pages.select_related("field")} >= {
        "Hộ tịch",
        "Lý lịch tư pháp",
        "Chứng thực",
        "Trợ giúp pháp lý",
        "Luật sư",
        "Công chứng",
    }
    reader = Client()
    index = pages.first().get_parent()
    html = reader.get(index.url, {"field": pages.get(title="Đăng ký khai sinh").field_id})
    assert "Đăng ký khai sinh" in html.content.decode()
    for page in pages:
        assert reader.get(page.url).status_code == 200
