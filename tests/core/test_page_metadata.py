"""What a crawler or a link preview reads in a page's head: the description, the canonical
address, Open Graph and the one JSON-LD document, for the page actually shown."""

import json
import re
from html import unescape

import pytest
from django.test import Client
from django.utils.translation import gettext
from wagtail.rich_text import RichText

from wagtail_emulation.models import EmulationSettings

from ..campaigns.builders import campaign, campaign_index, moment, news, news_index
from ..ratings.helpers import post_json

LONG_TITLE = (
    "Phát động phong trào thi đua “Cán bộ, công chức, viên chức ngành Tư pháp thi đua thực "
    "hiện văn hóa công sở, chuyển đổi số và cải cách hành chính” giai đoạn 2026–2030"
)


def head_of(response):
    assert response.status_code == 200
    html = response.content.decode()
    return html[: html.index("</head>")]


def meta(head, attribute, name):
    """The ``content`` of every ``<meta {attribute}="{name}">``, unescaped as a parser would."""
    return [
        unescape(value)
        for value in re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', head)
    ]


def canonical(head):
    return [unescape(url) for url in re.findall(r'<link rel="canonical" href="([^"]*)"', head)]


def json_ld(head):
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)
    assert len(scripts) == 1, "one JSON-LD document per page"
    return json.loads(scripts[0])["@graph"]


@pytest.fixture
def agency(demo):
    settings = EmulationSettings.for_site(demo)
    settings.agency_name = "Sở Tư pháp tỉnh Điện Biên"
    settings.parent_agency = "Ủy ban nhân dân tỉnh Điện Biên"
    settings.phone = "0215 3825 123"
    settings.save()
    return settings


def test_an_article_describes_itself_with_its_summary_and_full_headline(client, home, agency):
    index = news_index(home)
    page = news(index, LONG_TITLE, moment(2026, 5, 4), lead="Sở phát động phong trào mới.")

    head = head_of(client.get(page.url))

    assert meta(head, "name", "description") == ["Sở phát động phong trào mới."]
    assert canonical(head) == [page.full_url]
    assert meta(head, "property", "og:url") == [page.full_url]
    article, breadcrumbs = json_ld(head)
    assert article["@type"] == "NewsArticle"
    assert len(LONG_TITLE) > 110 and article["headline"] == LONG_TITLE
    assert article["description"] == "Sở phát động phong trào mới."
    for role in ("publisher", "author"):
        assert article[role]["@type"] == "GovernmentOrganization"
        assert article[role]["name"] == "Sở Tư pháp tỉnh Điện Biên"
    assert article["publisher"]["parentOrganization"]["name"] == "Ủy ban nhân dân tỉnh Điện Biên"
    assert article["publisher"]["telephone"] == "0215 3825 123"
    assert breadcrumbs["itemListElement"][-1]["item"] == page.full_url


def test_without_a_summary_the_description_is_the_start_of_the_body(client, home):
    words = "Phát huy truyền thống vẻ vang của ngành Tư pháp " * 12
    body = [("paragraph", RichText(f"<p>{words}</p>"))]
    page = news(news_index(home), "Tin không có sapo", moment(2026, 5, 4), body=body)

    head = head_of(client.get(page.url))

    (description,) = meta(head, "name", "description")
    assert 200 < len(description) <= 300 and description.endswith("…")
    assert words.startswith(description[:-1])  # cut between words
    assert meta(head, "property", "og:description") == [description]


def test_a_campaign_has_its_full_headline_and_its_launching_body_as_author(client, home, agency):
    page = campaign(campaign_index(home), LONG_TITLE, moment(2026, 1, 1).date())

    article = json_ld(head_of(client.get(page.url)))[0]

    assert article["headline"] == LONG_TITLE  # not cut at 110 characters with "…"
    assert article["author"]["name"] == "Sở Tư pháp"  # the campaign's launching body
    assert article["publisher"]["name"] == "Sở Tư pháp tỉnh Điện Biên"


def test_the_organization_falls_back_to_the_site_name(client, home, demo):
    settings = EmulationSettings.for_site(demo)
    settings.agency_name = ""  # the demo names its agency; editors may leave it empty
    settings.save()
    page = news(news_index(home), "Tin ngắn", moment(2026, 5, 4))

    publisher = json_ld(head_of(client.get(page.url)))[0]["publisher"]

    assert publisher["name"] == demo.site_name
    assert publisher["url"] == demo.root_url + "/"


def test_settings_saved_change_the_kept_json_ld_at_once(client, home, agency):
    page = news(news_index(home), "Tin ngắn", moment(2026, 5, 4))
    assert json_ld(head_of(client.get(page.url)))[0]["publisher"]["name"] == agency.agency_name

    agency.agency_name = "Sở Tư pháp"
    agency.save()

    assert json_ld(head_of(client.get(page.url)))[0]["publisher"]["name"] == "Sở Tư pháp"


def test_the_rating_is_inside_the_article_once_readers_voted(client, demo):
    page = news(news_index(demo.root_page.specific), "Tin được đánh giá", moment(2026, 5, 4))
    assert "aggregateRating" not in json_ld(head_of(client.get(page.url)))[0]

    post_json(Client(HTTP_USER_AGENT="Mozilla/5.0 Firefox/140.0"), page, 4)

    article = json_ld(head_of(client.get(page.url)))[0]
    assert article["aggregateRating"]["ratingCount"] == 1
    assert article["aggregateRating"]["ratingValue"] == "4.00"


def test_a_tag_archive_describes_itself_not_the_news_index(client, demo):
    index_url = "http://localhost/tin-tuc/"
    archive_url = index_url + "tags/tong-ket/"

    head = head_of(client.get("/tin-tuc/tags/tong-ket/"))

    assert canonical(head) == [archive_url]
    assert meta(head, "property", "og:url") == [archive_url]
    assert meta(head, "property", "og:title") == ["Tin tức có từ khóa “Tổng kết”"]
    collection = json_ld(head)[0]
    assert collection["@type"] == "CollectionPage"
    assert (collection["name"], collection["url"]) == ("Tin tức có từ khóa “Tổng kết”", archive_url)
    assert collection["isPartOf"]["url"] == index_url


def test_a_filtered_or_later_page_of_an_index_is_canonical_to_its_kept_filters(client, home):
    index = news_index(home, per_page=1)
    for day in (1, 2, 3):
        news(index, f"Tin ngày {day}", moment(2024, 3, day))

    head = head_of(client.get(index.url + "?published_from=1/3/2024&utm_source=x&page=2"))

    expected = index.full_url + "?published_from=01%2F03%2F2024&page=2"
    assert canonical(head) == [expected]
    assert meta(head, "property", "og:url") == [expected]
    # "Tin (đã lọc), trang 2" once the catalogues are compiled with this branch's entries.
    filtered = gettext("%(title)s (filtered)") % {"title": "Tin"}
    assert meta(head, "property", "og:title") == [
        gettext("%(title)s, page %(number)s") % {"title": filtered, "number": 2}
    ]
    assert json_ld(head)[0]["url"] == expected
    # A bad filter value is ignored by the list, so its address drops it.
    bad = head_of(client.get(index.url + "?published_from=ngày-mai"))
    assert canonical(bad) == [index.full_url]


def test_an_index_is_described_by_its_introduction(client, home):
    index = news_index(home, intro="<p>Tin hoạt động của <b>Sở</b>.</p>")

    head = head_of(client.get(index.url))

    assert meta(head, "name", "description") == ["Tin hoạt động của Sở."]
    assert canonical(head) == [index.full_url]
    assert json_ld(head)[0]["description"] == "Tin hoạt động của Sở."


def feed_paths():
    from wagtail_emulation.commendations.models import DecisionIndexPage

    register = DecisionIndexPage.objects.live().first()
    return [
        "/tin-tuc/feed/rss/",
        "/tin-tuc/feed/atom/",
        "/van-ban/feed/rss/",
        "/van-ban/feed/atom/",
        register.url + register.reverse_subpage("feed"),
    ]


def test_feed_guids_and_links_are_on_the_sites_host_whatever_host_the_request_used(
    client, demo, agency
):
    import feedparser

    for path in feed_paths():
        body = client.get(path, HTTP_HOST="127.0.0.1").content
        feed = feedparser.parse(body)
        assert not feed.bozo and feed.entries, path
        assert feed.feed.link.startswith(demo.root_url + "/"), path
        for entry in feed.entries:
            assert entry.id == entry.link, path
            assert entry.link.startswith(demo.root_url + "/"), path
        if feed.version == "atom10":  # RFC 4287, 4.1.1: the feed names its author
            assert f"<author><name>{agency.agency_name}</name>" in body.decode(), path


def test_any_other_page_is_described_by_its_intro_and_the_search_page_by_itself(client, home):
    from wagtail_emulation.site_search.models import SiteMapPage

    site_map = SiteMapPage(title="Sơ đồ trang", slug="so-do", intro="<p>Mọi trang của cổng.</p>")
    home.add_child(instance=site_map)
    site_map.save_revision().publish()

    head = head_of(client.get(site_map.url))
    assert meta(head, "name", "description") == ["Mọi trang của cổng."]
    assert canonical(head) == [site_map.full_url]

    search = head_of(client.get("/search/?q=thi+dua&page=2"))
    assert canonical(search) == ["http://localhost/search/"]
    assert len(meta(search, "name", "description")) == 1


def test_every_public_demo_page_has_one_description_and_one_canonical_address(client, demo):
    from wagtail.models import Page

    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        head = head_of(client.get(page.url))
        descriptions = meta(head, "name", "description")
        assert len(descriptions) == 1 and descriptions[0].strip(), page.url
        assert canonical(head) == [page.full_url], page.url
        assert len(re.findall(r"application/ld\+json", head)) <= 1, page.url


def test_a_decision_of_the_register_describes_itself(client, demo):
    from wagtail_emulation.commendations.models import Decision, DecisionIndexPage

    register = DecisionIndexPage.objects.live().first()
    decision = Decision.objects.order_by("-date").first()
    url = register.full_url + register.reverse_subpage("decision", args=[decision.pk])

    head = head_of(client.get(url))

    assert canonical(head) == [url]
    assert meta(head, "property", "og:url") == [url]
    node = json_ld(head)[0]
    assert (node["@type"], node["url"]) == ("WebPage", url)
    assert decision.number in node["name"] and node["isPartOf"]["url"] == register.full_url


def test_the_agency_logo_is_an_image_object_without_a_rendition(client, home, agency):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    logo = get_image_model().objects.create(title="Logo", file=get_test_image_file())
    agency.logo = logo
    agency.save()  # makes the header's logo rendition, once
    page = news(news_index(home), "Tin ngắn", moment(2026, 5, 4))
    made_on_save = set(logo.renditions.values_list("pk", flat=True))

    publisher = json_ld(head_of(client.get(page.url)))[0]["publisher"]

    assert publisher["logo"]["@type"] == "ImageObject"
    assert publisher["logo"]["url"] == "http://localhost" + logo.file.url
    assert (publisher["logo"]["width"], publisher["logo"]["height"]) == (logo.width, logo.height)
    assert set(logo.renditions.values_list("pk", flat=True)) == made_on_save  # none on render


def test_images_are_on_the_sites_host_like_the_canonical_address(client, demo, settings):
    """``WAGTAILADMIN_BASE_URL`` is the admin's address (often internal): no reader-facing
    address takes it."""
    from urllib.parse import urlsplit

    from wagtail_emulation.news.models import NewsPage

    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    page = NewsPage.objects.live().exclude(image=None).first()
    head = head_of(client.get(page.url))
    origin = "{0.scheme}://{0.netloc}/".format(urlsplit(canonical(head)[0]))
    assert "127.0.0.1:8000" not in origin
    (og_image,) = meta(head, "property", "og:image")
    article, _breadcrumbs = json_ld(head)
    assert og_image.startswith(origin)
    assert article["image"] and all(url.startswith(origin) for url in article["image"])
    assert meta(head, "property", "og:url") == canonical(head)
