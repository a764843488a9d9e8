"""sitemap.xml (checked against the sitemap protocol's schema), robots.txt and the HTML
"Sơ đồ trang" page."""

import re
from pathlib import Path

import pytest
from django.test import Client, override_settings
from lxml import etree
from wagtail.models import Page, PageViewRestriction

from tests.campaigns.builders import moment, news, news_index
from wagtail_emulation.site_search.models import SiteMapPage

SCHEMAS = Path(__file__).with_name("schemas")
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def valid(xml, schema):
    document = etree.fromstring(xml)
    checker = etree.XMLSchema(etree.parse(str(SCHEMAS / schema)))
    assert checker.validate(document), checker.error_log
    return document


def fetch(path, **extra):
    response = Client().get(path, **extra)
    assert response.status_code == 200, path
    return response


def expected_locations():
    """Every address the live public pages give Wagtail's sitemap (a page type may add its own
    routes, e.g. a register's decisions)."""
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    return [entry["location"] for page in pages for entry in page.get_sitemap_urls()]


def test_sitemap_xml_is_a_valid_index_of_valid_files_with_lastmod(demo):
    index = valid(fetch("/sitemap.xml").content, "siteindex.xsd")
    files = index.xpath("//s:sitemap/s:loc/text()", namespaces=NS)
    assert files == ["http://testserver/sitemap-pages.xml"]
    assert index.xpath("//s:sitemap/s:lastmod/text()", namespaces=NS)
    urlset = valid(fetch("/sitemap-pages.xml").content, "sitemap.xsd")
    locations = urlset.xpath("//s:url/s:loc/text()", namespaces=NS)
    # Page addresses use the Wagtail site's own host name, as Wagtail's sitemaps do.
    root = demo.root_url
    assert f"{root}/" in locations
    assert f"{root}/tin-tuc/tong-ket-phong-trao-thi-dua-giai-doan-2021-2025/" in locations
    lastmods = urlset.xpath("//s:url/s:lastmod/text()", namespaces=NS)
    assert len(lastmods) == len(locations)
    assert sorted(locations) == sorted(expected_locations())


def test_private_pages_stay_out_of_the_sitemap(demo, home):
    section = news_index(home, slug="noi-bo")
    news(section, "Tin nội bộ", moment(2024, 1, 1))
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    xml = fetch("/sitemap-pages.xml").content.decode()
    assert "/noi-bo/" not in xml


@override_settings(WAGTAIL_EMULATION_SITEMAP_URLS_PER_FILE=5)
def test_a_large_site_gets_several_sitemap_files(demo):
    total = Page.objects.live().public().filter(depth__gt=1).count()
    index = valid(fetch("/sitemap.xml").content, "siteindex.xsd")
    files = index.xpath("//s:sitemap/s:loc/text()", namespaces=NS)
    assert len(files) == -(-total // 5)
    assert files[1] == "http://testserver/sitemap-pages.xml?p=2"
    seen = []
    for number in range(1, len(files) + 1):
        urlset = valid(fetch(f"/sitemap-pages.xml?p={number}").content, "sitemap.xsd")
        seen += urlset.xpath("//s:url/s:loc/text()", namespaces=NS)
    assert len(seen) == len(set(seen)) == len(expected_locations())
    assert Client().get(f"/sitemap-pages.xml?p={len(files) + 1}").status_code == 404


def test_each_site_gets_its_own_sitemap(demo):
    xml = fetch("/sitemap.xml", HTTP_HOST="cong.example.vn").content.decode()
    assert "<loc>http://cong.example.vn/sitemap-pages.xml</loc>" in xml


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_off_per_reader_endpoints(demo):
    response = fetch("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /emulation/" in lines  # comment form pages, state, votes, beacons
    assert "Disallow: /search/" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    # What it keeps crawlers off is really where those endpoints live.
    page = Page.objects.live().filter(depth=3).first()
    assert f"/emulation/state/{page.pk}/".startswith("/emulation/")


@override_settings(WAGTAIL_EMULATION_ROBOTS_DISALLOW=["/tai-lieu-noi-bo/"])
def test_robots_txt_takes_extra_paths_from_settings(demo):
    assert "Disallow: /tai-lieu-noi-bo/" in fetch("/robots.txt").content.decode()


def test_the_site_map_page_lists_the_sections_an_editor_placed_it_for(demo, home):
    html = fetch("/so-do-trang/").content.decode()
    tree = re.search(r'<nav class="emulation-site-map".*?</nav>', html, re.S).group()
    assert "<h1>Sơ đồ trang</h1>" in html
    assert re.search(r'<a href="/">Trang chủ</a>\s*<ul>', tree)
    for title in ("Tin tức", "Phong trào thi đua", "Giới thiệu"):
        assert f">{title}</a>" in tree
    # Articles are not in menus: with the default setting the map stays short.
    assert "Tổng kết phong trào thi đua giai đoạn 2021–2025" not in tree


def test_the_site_map_can_show_every_page_to_a_depth(demo):
    page = SiteMapPage.objects.get()
    page.menu_pages_only = False
    page.levels = 2
    page.save_revision().publish()
    tree = fetch("/so-do-trang/").content.decode()
    assert "Tổng kết phong trào thi đua giai đoạn 2021–2025" in tree


@pytest.mark.parametrize("path", ["/sitemap.xml", "/sitemap-pages.xml", "/robots.txt"])
def test_crawler_files_are_the_same_for_everyone_and_set_no_cookie(demo, path):
    first, second = fetch(path), fetch(path, HTTP_USER_AGENT="Googlebot")
    assert first.content == second.content
    assert "Set-Cookie" not in first.headers
