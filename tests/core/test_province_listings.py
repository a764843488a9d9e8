"""The provincial portal lists what department sites share, by choice on both sides."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from wagtail_emulation.department_sites import DepartmentSite, create_department_site
from wagtail_emulation.models import EmulationSettings
from wagtail_emulation.news.models import NewsIndexPage, NewsPage
from wagtail_emulation.province import listings_showing

PROVINCE = "tinh.example.gov.vn"


def make_site(hostname, name, **switches):
    create_department_site(DepartmentSite(hostname=hostname, site_name=name))
    site = Site.objects.get(hostname=hostname)
    portal_settings = EmulationSettings.objects.get(site=site)
    for switch, value in switches.items():
        setattr(portal_settings, switch, value)
    portal_settings.save()
    return site


def add_news(site, title):
    index = NewsIndexPage.objects.child_of(site.root_page).get()
    page = NewsPage(title=title, lead="Tin minh họa.")
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def province_news(client):
    return client.get("/tin-tuc/", HTTP_HOST=PROVINCE)


@pytest.fixture
def province(db):
    site = make_site(PROVINCE, "Cổng thông tin tỉnh", show_shared_content=True)
    add_news(site, "Tin của tỉnh")
    return site


def test_shared_news_are_listed_with_their_source_named_and_linked(province, client):
    sharing = make_site("sonoivu.example.gov.vn", "Sở Nội vụ", share_with_province=True)
    article = add_news(sharing, "Tin Sở Nội vụ chia sẻ")
    keeping = make_site("sotaichinh.example.gov.vn", "Sở Tài chính")
    add_news(keeping, "Tin Sở Tài chính không chia sẻ")

    html = province_news(client).content.decode()
    assert "Tin Sở Tài chính không chia sẻ" not in html
    # One list in the list's order (newest first), whatever site a page comes from.
    assert html.index("Tin Sở Nội vụ chia sẻ") < html.index("Tin của tỉnh")
    # The article on its own host, and its site named and linked.
    assert article.full_url.startswith("http://sonoivu.example.gov.vn/tin-tuc/")
    assert f'href="{article.full_url}"' in html
    assert re.search(r'Nguồn: <a href="http://sonoivu.example.gov.vn/">Sở Nội vụ</a>', html)

    # The department's own listing shows its own news only; no source line there.
    own = client.get("/tin-tuc/", HTTP_HOST="sonoivu.example.gov.vn").content.decode()
    assert "Tin Sở Nội vụ chia sẻ" in own and "Tin của tỉnh" not in own
    assert "Nguồn:" not in own


def test_a_portal_that_does_not_show_shared_content_lists_its_own(province, client):
    sharing = make_site("sonoivu.example.gov.vn", "Sở Nội vụ", share_with_province=True)
    add_news(sharing, "Tin Sở Nội vụ chia sẻ")
    portal_settings = EmulationSettings.objects.get(site=province)
    portal_settings.show_shared_content = False
    portal_settings.save()
    assert "Tin Sở Nội vụ chia sẻ" not in province_news(client).content.decode()


def queries_of_the_province_listing(client):
    province_news(client)  # warms the caches (settings, sharing sites, site roots)
    with CaptureQueriesContext(connection) as queries:
        response = province_news(client)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_the_listings_queries_do_not_grow_with_the_number_of_sites(province, client):
    first = make_site("so1.example.gov.vn", "Sở thứ 1", share_with_province=True)
    add_news(first, "Tin sở thứ 1")
    with_one, html = queries_of_the_province_listing(client)
    assert "Tin sở thứ 1" in html
    for number in range(2, 5):
        site = make_site(f"so{number}.example.gov.vn", f"Sở thứ {number}", share_with_province=True)
        add_news(site, f"Tin sở thứ {number}")
    with_four, html = queries_of_the_province_listing(client)
    assert all(f"Tin sở thứ {number}" in html for number in range(1, 5))
    assert with_four == with_one


def test_publishing_a_shared_article_names_the_province_listing_to_purge(province):
    sharing = make_site("sonoivu.example.gov.vn", "Sở Nội vụ", share_with_province=True)
    article = add_news(sharing, "Tin Sở Nội vụ chia sẻ")
    province_index = NewsIndexPage.objects.child_of(province.root_page).get()
    assert [page.pk for page in listings_showing(article)] == [province_index.pk]

    keeping = make_site("sotaichinh.example.gov.vn", "Sở Tài chính")
    assert listings_showing(add_news(keeping, "Tin không chia sẻ")) == []


def test_search_covers_the_site_and_on_request_the_whole_province(province, client):
    sharing = make_site("sonoivu.example.gov.vn", "Sở Nội vụ", share_with_province=True)
    add_news(sharing, "Hội nghị cải cách hành chính của Sở Nội vụ")
    add_news(province, "Hội nghị cải cách hành chính của tỉnh")

    def titles(host, query):
        html = client.get(f"/search/?q=hoi+nghi{query}", HTTP_HOST=host).content.decode()
        return html, re.findall(r'class="emulation-search__title"><a href="([^"]+)">', html)

    html, found = titles(PROVINCE, "")
    assert 'name="pham_vi" value="toan-tinh"' in html  # the option, on this site only
    assert len(found) == 1 and "sonoivu" not in found[0]
    html, found = titles(PROVINCE, "&pham_vi=toan-tinh")
    assert len(found) == 2
    assert any(url.startswith("http://sonoivu.example.gov.vn/tin-tuc/") for url in found)
    assert "· Sở Nội vụ" in html  # the source site named beside its result

    html, found = titles("sonoivu.example.gov.vn", "&pham_vi=toan-tinh")
    assert 'name="pham_vi"' not in html
    assert found == ["/tin-tuc/hoi-nghi-cai-cach-hanh-chinh-cua-so-noi-vu/"]
