"""The example department portal: its demo content and its admin login."""

import re
from datetime import date
from io import StringIO

import lxml.html
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from wagtail_emulation.models import EmulationSettings, WebsiteLink
from wagtail_emulation.news.models import NewsPage


def test_demo_pages_render(demo, client):
    for page in Page.objects.live().filter(depth__gt=1):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert re.search(f"<h1[^>]*>{re.escape(page.title)}</h1>", response.content.decode())
    home = client.get("/").content.decode()
    assert "Sở Tư pháp tỉnh Điện Biên (demo)" in home
    assert 'href="#main-content"' in home


def test_loading_the_demo_twice_changes_nothing(demo):
    def counts():
        images = get_image_model().objects.count()
        return Page.objects.count(), Revision.objects.count(), WebsiteLink.objects.count(), images

    before = counts()
    call_command("load_demo", stdout=StringIO())
    assert counts() == before


def test_demo_admin_command_prints_the_login(db):
    out = StringIO()
    call_command("ensure_demo_admin", stdout=out)
    call_command("ensure_demo_admin", stdout=out)
    assert "admin / demo-admin-2026" in out.getvalue()


def test_header_and_footer_show_the_agency_from_the_portal_settings(demo, client):
    html = client.get("/gioi-thieu/").content.decode()
    header = html[html.index('<header class="portal-header">') : html.index("</header>")]
    assert "Ủy ban nhân dân tỉnh Điện Biên" in header
    assert "Sở Tư pháp tỉnh Điện Biên" in header
    assert re.search(
        r'<time datetime="\d{4}-\d{2}-\d{2}">Thứ [^<]+, \d{1,2}/\d{1,2}/\d{4}</time>', header
    )
    footer = html[html.index('<footer class="portal-footer">') :]
    for text in ("Nguyễn Văn Minh", "0215 3000 000", "00/GP-DEMO"):
        assert text in footer
    assert 'href="mailto:vanphong.sotuphap@example.com"' in footer
    assert 'href="tel:02153000000"' in footer

    portal_settings = EmulationSettings.for_site(Site.objects.get(is_default_site=True))
    portal_settings.phone = "0215 3999 999"
    portal_settings.save()  # the cached copy is dropped: the next page shows the change
    assert "0215 3999 999" in client.get("/van-ban/").content.decode()
    portal_settings.phone = "0215 3000 000"
    portal_settings.save()  # the shared cache outlives the test's transaction


def test_the_agency_tags_need_no_query_once_the_cache_is_warm(demo, rf, django_assert_num_queries):
    from django.template import Context, Template

    template = Template("{% load wagtail_emulation %}{% agency_header %}{% agency_footer %}")
    request = rf.get("/")
    template.render(Context({"request": request}))  # warms the shared cache
    request = rf.get("/")
    with django_assert_num_queries(1):  # Wagtail's Site lookup for the request, nothing more
        html = template.render(Context({"request": request}))
    assert "Sở Tư pháp tỉnh Điện Biên" in html


def test_the_logo_is_prepared_on_save_and_read_without_a_query(demo, rf, django_assert_num_queries):
    from django.template import Context, Template
    from wagtail.images.tests.utils import get_test_image_file

    logo = get_image_model().objects.create(title="Biểu trưng", file=get_test_image_file())
    portal_settings = EmulationSettings.for_site(Site.objects.get(is_default_site=True))
    portal_settings.logo = logo
    portal_settings.save()
    assert list(logo.renditions.values_list("filter_spec", flat=True)) == ["height-80"]

    template = Template("{% load wagtail_emulation %}{% agency_header %}{% website_links %}")
    template.render(Context({"request": rf.get("/")}))  # warms the shared cache
    with django_assert_num_queries(1):  # the request's Site, nothing more
        html = template.render(Context({"request": rf.get("/")}))
    assert re.search(r'<img alt="" class="emulation-agency__logo" height="80"', html)
    portal_settings.logo = None
    portal_settings.save()  # the shared cache outlives the test's transaction


def test_home_page_leads_with_the_newest_news_and_its_picture(demo, client):
    newest = (
        NewsPage.objects.live().filter(image__isnull=False).order_by("-first_published_at").first()
    )
    html = client.get("/").content.decode()
    featured = html[html.index('<article class="portal-featured"') : html.index("</article>")]
    assert newest.title in featured
    image = re.search(r"<img [^>]*>", featured).group()
    assert 'alt=""' in image and 'width="800"' in image and "height=" in image
    assert 'loading="lazy"' not in image  # above the fold


def test_listings_show_thumbnails_made_on_publish_not_on_render(demo, client):
    from wagtail.images.models import Rendition

    renditions = Rendition.objects.count()
    html = client.get("/tin-tuc/").content.decode()
    assert Rendition.objects.count() == renditions
    thumbnails = re.findall(r'<img [^>]*class="emulation-listing__thumbnail"[^>]*>', html)
    assert len(thumbnails) == NewsPage.objects.live().filter(image__isnull=False).count()
    for thumbnail in thumbnails:
        assert 'alt=""' in thumbnail and 'loading="lazy"' in thumbnail
        assert 'width="320"' in thumbnail and 'height="180"' in thumbnail


def test_demo_links_use_the_port_it_is_served_on(demo):
    call_command("load_demo", "--port", "8401", stdout=StringIO())
    news = NewsPage.objects.live().first()
    assert news.full_url.startswith("http://localhost:8401/")


def test_no_district_level_in_current_demo_content(demo, client):
    """Vietnam's district level ended on 1 July 2025: the demo's campaigns, exemplar stories
    and readers' comments speak of provinces and communes (the 2023 round's decisions, news
    and campaigns that ended before still name the district offices of their day)."""
    from wagtail_emulation.campaigns.models import CampaignPage
    from wagtail_emulation.comments.models import ReaderComment
    from wagtail_emulation.exemplars.models import ExemplarStoryPage

    running = CampaignPage.objects.live().exclude(period_end__lt=date(2025, 7, 1))
    pages = [*running, *ExemplarStoryPage.objects.live()]
    assert pages
    for page in pages:
        main = lxml.html.fromstring(client.get(page.url).content).xpath("//main")[0]
        assert "huyện" not in main.text_content().lower(), page.url
    for comment in ReaderComment.objects.all():
        assert "huyện" not in comment.body.lower()


def test_the_demo_home_shows_no_empty_section_and_no_heading_twice(demo, client):
    html = client.get("/").content.decode()
    assert "Chưa có nội dung nào được đăng." not in html
    tree = lxml.html.fromstring(html)
    main = tree.get_element_by_id("main-content")
    headings = []
    for heading in main.iter("h2"):
        for hidden in heading.find_class("emulation-visually-hidden"):
            hidden.drop_tree()  # what a sighted reader sees
        headings.append(" ".join(heading.text_content().split()))
    assert len(headings) == len(set(headings)), headings
    # Every section shown lists something, and the honour board is shown once, by its box.
    sections = main.find_class("portal-section")
    assert len(sections) >= 8
    for section in sections:
        assert section.findall(".//li/a") or section.findall(".//li//h3/a"), section.text_content()
    assert headings.count("Bảng vàng thi đua") == 1
    assert main.find_class("commendations-card")
