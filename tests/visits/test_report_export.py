"""The "most viewed pages" report names pages by the address readers use, and its CSV opens
in Excel with the Vietnamese intact."""

import pytest
from django.utils import timezone
from wagtail.models import Page

from wagtail_emulation.visits.models import PageViewDaily


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def news_page(site, page):
    site.hostname, site.port = "sotuphap.example.gov.vn", 443
    site.save()
    section = page.add_child(instance=Page(title="Tin tức", slug="tin-tuc"))
    article = section.add_child(instance=Page(title="Sơ kết thi đua", slug="so-ket-thi-dua"))
    PageViewDaily.objects.create(site=site, page=article, date=timezone.localdate(), views=42)
    return article


def test_report_shows_public_addresses_not_tree_paths(editor, news_page):
    html = editor.get("/admin/visits/top-pages/").content.decode()
    address = "https://sotuphap.example.gov.vn/tin-tuc/so-ket-thi-dua/"
    assert f'<a href="{address}"' in html and f">{address}</a>" in html
    assert news_page.url_path not in html  # "/home/tin-tuc/so-ket-thi-dua/"


def test_csv_export_has_a_bom_and_the_public_address(editor, news_page):
    response = editor.get("/admin/visits/top-pages/?export=csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")
    lines = body.decode("utf-8-sig").splitlines()
    assert lines[0] == "Trang,Địa chỉ,Lượt xem"
    assert lines[1] == "Sơ kết thi đua,https://sotuphap.example.gov.vn/tin-tuc/so-ket-thi-dua/,42"
