"""``load_demo --province`` (what ``make demo`` runs): three sites, each on its own name."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import Site

from wagtail_emulation.news.models import NewsPage
from wagtail_emulation.province import forget_sharing_sites

HOMES = {
    "sotuphap.localhost": "Sở Tư pháp tỉnh Điện Biên",
    "tinh.localhost": "Ủy ban nhân dân tỉnh Điện Biên",
    "sonoivu.localhost": "Sở Nội vụ tỉnh Điện Biên",
}


@pytest.fixture(scope="module")
def province_output(_demo_for_module, django_db_blocker):
    out = StringIO()
    with django_db_blocker.unblock():
        call_command("load_demo", "--province", stdout=out)
    yield out.getvalue()
    forget_sharing_sites()  # the module's rows are rolled back; the cached list would stay


@pytest.fixture
def province(province_output, demo):
    return province_output


def test_load_demo_prints_the_three_addresses(province):
    for hostname in HOMES:
        assert f"http://{hostname}/" in province


def test_loading_the_province_twice_changes_nothing(province):
    out = StringIO()
    sites = list(Site.objects.values_list("hostname", "root_page_id", "port"))
    call_command("load_demo", "--province", stdout=out)
    assert list(Site.objects.values_list("hostname", "root_page_id", "port")) == sites


@pytest.mark.parametrize("hostname", HOMES)
def test_each_host_name_answers_with_its_own_home_sitemap_and_robots(province, client, hostname):
    site = Site.objects.get(hostname=hostname)
    home = client.get("/", HTTP_HOST=hostname)
    assert home.status_code == 200
    html = home.content.decode()
    assert f'<h1 class="emulation-visually-hidden">{site.root_page.title}</h1>' in html
    header = html[html.index('<header class="portal-header">') : html.index("</header>")]
    assert HOMES[hostname] in header

    robots = client.get("/robots.txt", HTTP_HOST=hostname).content.decode()
    assert f"Sitemap: http://{hostname}/sitemap.xml" in robots

    index = client.get("/sitemap.xml", HTTP_HOST=hostname).content.decode()
    locations = []
    for section in re.findall(r"<loc>([^<]+)</loc>", index):
        assert section.startswith(f"http://{hostname}/")
        path = section.split(hostname, 1)[1]
        part = client.get(path, HTTP_HOST=hostname).content.decode()
        locations += re.findall(r"<loc>([^<]+)</loc>", part)
    assert f"http://{hostname}/" in locations
    assert all(location.startswith(f"http://{hostname}/") for location in locations)


def test_the_provincial_portal_lists_the_departments_shared_news(province, client):
    html = client.get("/tin-tuc/", HTTP_HOST="tinh.localhost").content.decode()
    assert "Ủy ban nhân dân tỉnh họp phiên thường kỳ tháng 5" in html
    assert "Tập huấn nghiệp vụ công tác thi đua, khen thưởng năm 2026" in html
    assert 'Nguồn: <a href="http://sonoivu.localhost/">Sở Nội vụ tỉnh Điện Biên</a>' in html
    assert 'Nguồn: <a href="http://sotuphap.localhost/">Sở Tư pháp tỉnh Điện Biên</a>' in html
    assert (
        'href="http://sonoivu.localhost/tin-tuc/tap-huan-cong-tac-thi-dua-khen-thuong-2026/"'
        in html
    )
    # A department lists its own news only.
    department = client.get("/tin-tuc/", HTTP_HOST="sonoivu.localhost").content.decode()
    assert "Ủy ban nhân dân tỉnh họp phiên thường kỳ tháng 5" not in department


PURGED = []


class RecordingBackend(BaseBackend):
    """A cache in front that notes what it was asked to purge."""

    def purge(self, url):
        PURGED.append(url)


@override_settings(WAGTAILFRONTENDCACHE={"front": {"BACKEND": f"{__name__}.RecordingBackend"}})
def test_publishing_on_a_sharing_site_purges_the_province_listing(province):
    PURGED.clear()
    article = NewsPage.objects.get(slug="thi-tuyen-cong-chuc-dot-1-nam-2026")
    article.save_revision().publish()
    assert "http://tinh.localhost/tin-tuc/" in PURGED
    assert "http://sonoivu.localhost/tin-tuc/" in PURGED
