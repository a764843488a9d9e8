"""The English version: English pages under /en/ beside the Vietnamese ones, the language
switcher, hreflang alternates, English names, positions, dates and numbers -- and nothing of it
on a site that does not enable English."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from wagtail_emulation.agency.models import LeadersPage
from wagtail_emulation.locale_vi import vn_dateline, vn_number
from wagtail_emulation.organisation import Unit


@pytest.fixture
def english(english_demo):
    return english_demo


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def switcher(html):
    found = re.search(r'<nav class="emulation-languages".*?</nav>', html, re.S)
    return found.group(0) if found else ""


def test_the_leaders_page_in_english_names_the_director_with_phone_and_e_mail(english, client):
    response = client.get("/en/about-us/leaders/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "<h1>Leaders and contacts</h1>" in html
    assert "Nguyễn Văn Minh (minh họa)" in html
    positions = re.findall(r'<p class="agency-person__position">([^<]+)</p>', html)
    assert positions[:2] == ["Director", "Deputy Director"]
    assert "Born in 1972, Bachelor of Laws." in html
    assert 'href="tel:02153000001"' in html and "giamdoc.stp@example.com" in html
    assert "Areas in charge" in html and "Department of Justice of Điện Biên Province" in html


def test_the_switcher_links_the_translation_and_hreflang_names_both(english, client):
    vietnamese = client.get("/gioi-thieu/lanh-dao/").content.decode()
    assert '<html lang="vi">' in vietnamese
    assert 'href="/en/about-us/leaders/" hreflang="en" lang="en">English</a>' in switcher(
        vietnamese
    )
    assert alternates(vietnamese) == {
        "vi": "http://localhost/gioi-thieu/lanh-dao/",
        "en": "http://localhost/en/about-us/leaders/",
        "x-default": "http://localhost/gioi-thieu/lanh-dao/",
    }
    english_html = client.get("/en/about-us/leaders/").content.decode()
    assert 'href="/gioi-thieu/lanh-dao/" hreflang="vi" lang="vi">Tiếng Việt</a>' in switcher(
        english_html
    )
    assert alternates(english_html) == alternates(vietnamese)


def test_the_alternates_are_kept_until_a_translation_changes(english, client):
    def translation_lookups(path):
        with CaptureQueriesContext(connection) as queries:
            html = client.get(path).content.decode()
        asked = [q["sql"] for q in queries if '."translation_key" = ' in q["sql"]]
        return alternates(html), asked

    first, _asked = translation_lookups("/gioi-thieu/lanh-dao/")
    assert set(first) == {"vi", "en", "x-default"}
    again, asked = translation_lookups("/gioi-thieu/lanh-dao/")
    assert again == first and asked == []
    LeadersPage.objects.get(url_path__endswith="/leaders/").unpublish()
    assert translation_lookups("/gioi-thieu/lanh-dao/")[0] == {}


def test_a_page_without_translation_switches_to_the_other_home(english, client):
    html = client.get("/tin-tuc/").content.decode()
    assert 'href="/en/" hreflang="en"' in switcher(html)
    assert alternates(html) == {}
    home = client.get("/en/")
    assert home.status_code == 200 and '<html lang="en">' in home.content.decode()


def test_english_pages_vary_by_address_only(english, client):
    """Cache-first: the language is in the address, never in a header the reader sends."""
    first = client.get("/gioi-thieu/lanh-dao/", HTTP_ACCEPT_LANGUAGE="en")
    second = client.get("/gioi-thieu/lanh-dao/", HTTP_ACCEPT_LANGUAGE="vi")
    assert first.content == second.content and '<html lang="vi">' in first.content.decode()
    assert not first.has_header("Vary") and not first.cookies
    english_page = client.get("/en/about-us/leaders/", HTTP_ACCEPT_LANGUAGE="vi")
    assert (
        not english_page.has_header("Vary") and '<html lang="en">' in english_page.content.decode()
    )


def test_the_english_chart_and_unit_pages_use_english_names(english, client):
    chart = client.get("/en/about-us/organisation/").content.decode()
    assert "State Legal Aid Centre (sample)" in chart
    unit = client.get("/en/about-us/organisation/trung-tam-tro-giup-phap-ly-nha-nuoc-minh-hoa/")
    html = unit.content.decode()
    assert unit.status_code == 200 and "<h1>State Legal Aid Centre (sample)</h1>" in html
    assert "Legal Aid Branch No. 1 (sample)" in html


def test_the_english_procedures_list_lists_the_catalogue(english, client):
    html = client.get("/en/administrative-procedures/").content.decode()
    assert "<h1>Administrative procedures</h1>" in html
    assert html.count('href="/thu-tuc-hanh-chinh/') >= 10  # the Vietnamese procedure pages


def test_dates_and_numbers_follow_the_page_language(english_site):
    moment = datetime.datetime(2020, 5, 14, 10, 13)
    with translation.override("en"):
        assert vn_dateline(moment) == "Thursday, 14 May 2020 10:13"
        assert vn_dateline(moment.date()) == "Thursday, 14 May 2020"
        assert vn_number(2194296) == "2,194,296"
    with translation.override("vi"):
        assert vn_dateline(moment) == "Thứ Năm, 14/5/2020 10:13"
        assert vn_number(2194296) == "2.194.296"


def test_the_english_masthead_dates_today_in_english(english, client):
    html = client.get("/en/about-us/").content.decode()
    date_line = re.search(r'<p class="emulation-agency__date"><time[^>]*>([^<]+)</time>', html)
    assert re.fullmatch(r"[A-Z][a-z]+day, \d{1,2} [A-Z][a-z]+ \d{4}", date_line.group(1))
    assert 'class="emulation-agency__home" href="/en/"' in html


def test_a_site_without_english_shows_nothing_of_it(demo, client):
    """English off (the package's default): no switcher, no alternates, no /en/, Vietnamese
    dates whatever the language, and the demo builds no English page."""
    assert not Locale.objects.filter(language_code="en").exists()
    html = client.get("/gioi-thieu/lanh-dao/").content.decode()
    assert "emulation-languages" not in html and 'hreflang="' not in html
    assert client.get("/en/").status_code == 404
    with translation.override("en"):
        assert vn_dateline(datetime.date(2020, 5, 14)) == "Thứ Năm, 14/5/2020"
        assert vn_number(2194296) == "2.194.296"
        # An editor whose admin is in English still gets the page's own address and the
        # Vietnamese names.
        assert LeadersPage.objects.get().url == "/gioi-thieu/lanh-dao/"
        assert Unit(name="Văn phòng Sở", name_en="Office").shown_name == "Văn phòng Sở"


def test_the_html_cache_and_the_cache_in_front_keep_each_language_at_its_own_address(
    english, client
):
    """Each language is its own address: the HTML cache stores the English and Vietnamese
    leaders pages apart, and publishing the English one purges the English addresses only."""
    from django.test import override_settings

    from example_site.portal import html_cache
    from example_site.portal.purging import served_addresses
    from example_site.settings.base import MIDDLEWARE

    cached = override_settings(
        MIDDLEWARE=[html_cache.MIDDLEWARE, *MIDDLEWARE],
        CACHE_MIDDLEWARE_ALIAS="default",
        CACHE_MIDDLEWARE_SECONDS=60,
        CACHE_MIDDLEWARE_KEY_PREFIX="html",
        HTML_CACHE_LOCAL_SECONDS=0,
    )
    vietnamese = LeadersPage.objects.get(locale__language_code="vi")
    english_page = vietnamese.get_translation(Locale.objects.get(language_code="en"))
    with cached:
        assert '<html lang="en">' in client.get("/en/about-us/leaders/").content.decode()
        assert '<html lang="vi">' in client.get("/gioi-thieu/lanh-dao/").content.decode()
        LeadersPage.objects.filter(pk=english_page.pk).update(title="Renamed, not published")
        again = client.get("/en/about-us/leaders/").content.decode()
        assert "Leaders and contacts" in again  # the stored English copy
        assert '<html lang="vi">' in client.get("/gioi-thieu/lanh-dao/").content.decode()
    addresses = served_addresses([english_page, english_page.get_parent()])
    assert {path for _root, path in addresses} == {"/en/about-us/leaders/", "/en/about-us/"}


def test_the_site_map_lists_the_english_pages_at_their_addresses(english, client):
    response = client.get("/sitemap-pages.xml")
    assert response.status_code == 200
    locations = set(re.findall(r"<loc>([^<]+)</loc>", response.content.decode()))
    assert "http://localhost/en/about-us/leaders/" in locations
    assert "http://localhost/gioi-thieu/lanh-dao/" in locations
