"""Scale: every page type costs the same queries on an install of 1 site and of 40."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from example_site.portal.models import HomePage, StandardPage
from wagtail_emulation.fragments import ALL, forget_fragments

pytestmark = pytest.mark.django_db

HOSTNAME = "sotuphap.localhost"
EXTRA_SITES = 39


def queries(url):
    client = Client(HTTP_HOST=HOSTNAME)
    client.get(url)  # first-use work (site settings, content types) outside the count
    forget_fragments("page", ALL)  # kept page parts are built again, inside the count
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def page_type_urls(site):
    """{page type: the address of its first live page on ``site``}, and the site's own
    addresses (site map, robots.txt, search)."""
    urls = {}
    pages = Page.objects.live().filter(path__startswith=site.root_page.path).order_by("path")
    for page in pages.specific():
        urls.setdefault(page._meta.label, page.get_url(current_site=site))
    urls.update(sitemap="/sitemap.xml", robots="/robots.txt", search="/search/?q=ho+so")
    return urls


def add_small_sites(count):
    """``count`` department sites of a few small pages each, on hostnames of their own."""
    root = Page.get_first_root_node()
    for n in range(count):
        home = root.add_child(instance=HomePage(title=f"Sở số {n}", slug=f"so-so-{n}"))
        for title in ("Giới thiệu", "Liên hệ"):
            home.add_child(instance=StandardPage(title=title, body="<p>Nội dung ngắn.</p>"))
        Site.objects.create(hostname=f"so{n}.localhost", port=80, root_page=home)


def test_every_page_type_costs_the_same_queries_with_40_sites(demo):
    demo.hostname, demo.port = HOSTNAME, 80
    demo.save()
    urls = page_type_urls(demo)
    assert len(urls) > 25  # every page type of the demo
    one_site = {name: queries(url) for name, url in urls.items()}
    add_small_sites(EXTRA_SITES)
    assert Site.objects.count() == 40
    forty_sites = {name: queries(url) for name, url in urls.items()}
    print("\nqueries with 1 site / 40 sites:")
    for name in urls:
        print(f"  {name}: {one_site[name]} / {forty_sites[name]}")
    assert forty_sites == one_site
