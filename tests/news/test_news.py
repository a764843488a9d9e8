import re

import feedparser
import pytest
from django.utils import translation

from wagtail_emulation.news.forms import NewsFilterForm
from wagtail_emulation.news.models import NewsPage, NewsTag

from ..campaigns.builders import moment, news, news_index

ARTICLE = "/tin-tuc/so-ket-6-thang-phong-trao-thi-dua-nam-2023/"


def listed_titles(html):
    return re.findall(r'emulation-listing__title"><a href="[^"]+">([^<]+)<', html)


def test_news_page_renders_dateline_tags_and_structured_data(client, demo):
    html = client.get(ARTICLE).content.decode()
    assert "Thứ Tư, 12/7/2023 14:00" in html
    assert '"@type": "NewsArticle"' in html
    assert '"keywords": ["Thi đua", "Sơ kết", "Chuyển đổi số"]' in html
    assert 'href="/tin-tuc/tags/so-ket/" rel="tag"' in html
    assert 'data-emulation="related"' in html
    assert "Tin liên quan" in html


def test_article_tools_come_after_the_breadcrumbs_under_the_title(client, demo):
    html = client.get(ARTICLE).content.decode()
    assert html.count('data-emulation="article-tools"') == 1
    breadcrumbs = html.index('<nav class="emulation-breadcrumbs"')
    title = html.index("<h1>", breadcrumbs)
    tools = html.index('data-emulation="article-tools"')
    assert breadcrumbs < title < tools < html.index("</header>", tools)
    assert 'data-read-target="#emulation-article"' in html
    assert '<article id="emulation-article"' in html


def test_tags_get_ascii_slugs(db):
    assert (
        NewsTag.objects.create(name="Gương sáng vùng cao Điện Biên").slug
        == "guong-sang-vung-cao-dien-bien"
    )


def test_tag_archive_lists_only_tagged_news(client, demo):
    html = client.get("/tin-tuc/tags/tong-ket/").content.decode()
    assert "Tin tức có từ khóa “Tổng kết”" in html
    assert listed_titles(html) == [
        "Tổng kết phong trào thi đua giai đoạn 2021–2025 của ngành Tư pháp tỉnh",
        "Tổng kết phong trào thi đua năm 2023 và kỷ niệm 40 năm thành lập Ngành",
    ]
    assert client.get("/tin-tuc/tags/khong-co/").status_code == 404


def test_date_filter_reads_day_month_year(client, demo):
    html = client.get("/tin-tuc/?published_from=1/7/2023&published_to=31/12/2023").content
    assert listed_titles(html.decode()) == [
        "Tổng kết phong trào thi đua năm 2023 và kỷ niệm 40 năm thành lập Ngành",
        "Sơ kết 6 tháng phong trào thi đua năm 2023",
    ]


def test_bad_dates_are_explained_in_vietnamese(home):
    index = news_index(home)
    with translation.override("vi"):
        form = NewsFilterForm(
            {"published_from": "31/12/2023", "published_to": "1/1/2023"}, index_page=index
        )
        form.apply(index.listed_pages())
        assert form.errors["published_to"] == ["Ngày này không được trước “Từ ngày”."]
        form = NewsFilterForm({"published_from": "2023-13-45"}, index_page=index)
        form.apply(index.listed_pages())
        assert form.errors["published_from"] == [
            "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 25/5/2023."
        ]


def test_news_index_is_paginated(client, home):
    index = news_index(home, per_page=3)
    for day in range(1, 8):
        news(index, f"Tin ngày {day}", moment(2024, 3, day))
    first = client.get(index.url).content.decode()
    assert listed_titles(first) == ["Tin ngày 7", "Tin ngày 6", "Tin ngày 5"]
    third = client.get(index.url + "?page=3").content.decode()
    assert listed_titles(third) == ["Tin ngày 1"]
    assert 'aria-current="page">3<' in third


@pytest.mark.parametrize(("path", "version"), [("feed/rss/", "rss20"), ("feed/atom/", "atom10")])
def test_feeds_are_valid(client, demo, path, version):
    response = client.get("/tin-tuc/" + path)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    assert feed.feed.title.startswith("Tin tức")
    assert len(feed.entries) == NewsPage.objects.live().count()
    newest = feed.entries[0]
    assert newest.title == "Hướng dẫn đăng ký khai sinh trực tuyến trên Cổng Dịch vụ công"
    # On the site's own host (its root URL), not the request's ("testserver"), link and id alike.
    assert newest.link == "http://localhost/tin-tuc/huong-dan-dang-ky-khai-sinh-truc-tuyen/"
    assert newest.id == newest.link
    assert newest.published_parsed[:3] == (2026, 3, 10)
    assert {tag.term for tag in newest.tags} == {"Hộ tịch", "Chuyển đổi số", "Dịch vụ công"}
    assert feed.feed.link == "http://localhost/tin-tuc/"


def test_atom_feed_names_the_agency_as_its_author(client, demo):
    from wagtail_emulation.models import EmulationSettings

    settings = EmulationSettings.for_site(demo)
    settings.agency_name = "Sở Tư pháp tỉnh Điện Biên"
    settings.save()

    atom = client.get("/tin-tuc/feed/atom/").content.decode()

    assert "<author><name>Sở Tư pháp tỉnh Điện Biên</name>" in atom  # RFC 4287, 4.1.1
    assert feedparser.parse(atom).feed.author == "Sở Tư pháp tỉnh Điện Biên"


def test_index_links_its_feeds(client, demo):
    html = client.get("/tin-tuc/").content.decode()
    assert 'type="application/rss+xml"' in html and 'href="/tin-tuc/feed/rss/"' in html
    assert 'type="application/atom+xml"' in html and 'href="/tin-tuc/feed/atom/"' in html


def test_unpublished_news_stays_out_of_lists_and_feeds(client, home):
    index = news_index(home)
    news(index, "Đã đăng", moment(2024, 1, 1))
    news(index, "Rút xuống", moment(2024, 2, 1)).unpublish()
    assert listed_titles(client.get(index.url).content.decode()) == ["Đã đăng"]
    feed = feedparser.parse(client.get(index.url + "feed/rss/").content)
    assert [entry.title for entry in feed.entries] == ["Đã đăng"]


def _tag_note(html):
    field = html[html.index('id="id_tags"') :]
    return re.search(r'<p class="help">(.*?)</p>', field, re.S).group(1).strip()


def test_tag_field_note_is_vietnamese_even_without_wagtail_vi(
    admin_client, demo, without_wagtail_vi
):
    from django.urls import reverse

    page = NewsPage.objects.live().first()
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert _tag_note(html) == (
        "Gõ từ khóa rồi nhấn Enter hoặc dấu phẩy. Từ khóa gồm nhiều từ, như Thi đua, vẫn là "
        "một từ khóa."
    )
    assert "Multi-word tags" not in html


def test_a_news_article_cannot_be_its_own_related_news(admin_client, home):
    from django.urls import reverse
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    from wagtail_emulation.news.models import NewsRelatedPick

    index = news_index(home)
    other = news(index, "Bài khác", moment(2023, 5, 1))
    page = news(index, "Bài chính", moment(2023, 6, 1))

    def edit(*targets):
        data = nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "lead": "",
                "body": streamfield([]),
                "tags": "",
                "related_picks": inline_formset([{"target": pk} for pk in targets]),
                "ratings_enabled": "on",
                "comments_enabled": "on",
            }
        )
        return admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)

    refused = edit(other.pk, page.pk)
    assert refused.status_code == 200
    assert "Một bài không thể là tin liên quan của chính nó: hãy chọn bài khác." in (
        refused.content.decode()
    )
    assert not NewsRelatedPick.objects.filter(page=page).exists()
    saved = edit(other.pk)
    print(saved, page.revisions.count(), page.get_latest_revision().content.get("related_picks"))
    assert saved.status_code == 302  # saved as a draft
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert [pick.target_id for pick in draft.related_picks.all()] == [other.pk]
