import pytest
from django.template import Context, Template
from django.test import RequestFactory, override_settings
from wagtail.models import PageViewRestriction, Site

from wagtail_emulation.fragments import ALL, forget_fragments
from wagtail_emulation.news.models import NewsPage, NewsRelatedPick
from wagtail_emulation.news.related import related_news

from ..campaigns.builders import moment, news, news_index


@pytest.fixture
def newsroom(home):
    return news_index(home)


def titles(pages):
    return [page.title for page in pages]


def test_order_picks_then_shared_tags_then_section(home, newsroom):
    other_section = news_index(home, slug="other")
    one_tag_old = news(newsroom, "một tag cũ", moment(2023, 1, 1), tags=["a"])
    one_tag_new = news(newsroom, "một tag mới", moment(2023, 6, 1), tags=["b"])
    two_tags = news(newsroom, "hai tag", moment(2022, 1, 1), tags=["a", "b"])
    plain_new = news(newsroom, "không tag mới", moment(2024, 1, 1))
    plain_old = news(newsroom, "không tag cũ", moment(2020, 1, 1))
    elsewhere = news(other_section, "mục khác, chung tag", moment(2019, 1, 1), tags=["c"])
    picked = news(other_section, "chọn tay", moment(2018, 1, 1))
    page = news(newsroom, "bài chính", moment(2025, 1, 1), tags=["a", "b", "c"])
    NewsRelatedPick.objects.create(page=page, target=picked, sort_order=0)

    result = related_news(page, 10)

    assert titles(result) == titles(
        [picked, two_tags, one_tag_new, one_tag_old, elsewhere, plain_new, plain_old]
    )
    assert page not in result


def test_each_page_appears_once_and_never_the_page_itself(newsroom):
    shared = news(newsroom, "chung", moment(2023, 1, 1), tags=["a"])
    page = news(newsroom, "chính", moment(2024, 1, 1), tags=["a"])
    NewsRelatedPick.objects.create(page=page, target=shared, sort_order=0)
    NewsRelatedPick.objects.create(page=page, target=page, sort_order=1)
    NewsRelatedPick.objects.create(page=page, target=shared, sort_order=2)
    assert related_news(page, 5) == [shared]


def test_only_live_and_public_pages(home, newsroom):
    members = news_index(home, slug="members")
    hidden = news(members, "nội bộ", moment(2023, 1, 1), tags=["a"])
    PageViewRestriction.objects.create(page=members, restriction_type="login")
    draft = news(newsroom, "nháp", moment(2023, 2, 1), tags=["a"])
    draft.unpublish()
    visible = news(newsroom, "công khai", moment(2023, 3, 1), tags=["a"])
    page = news(newsroom, "chính", moment(2024, 1, 1), tags=["a"])
    NewsRelatedPick.objects.create(page=page, target=hidden, sort_order=0)
    NewsRelatedPick.objects.create(page=page, target=draft, sort_order=1)
    assert related_news(page, 5) == [visible]


def test_limit_comes_from_the_setting(client, newsroom):
    for day in range(1, 8):
        news(newsroom, f"tin {day}", moment(2023, 1, day), tags=["a"])
    page = news(newsroom, "chính", moment(2024, 1, 1), tags=["a"])
    html = client.get(page.url).content.decode()
    assert html.count('class="emulation-related__date"') == 5  # the default
    with override_settings(WAGTAIL_EMULATION_RELATED_NEWS_LIMIT=2):
        html = client.get(page.url).content.decode()
    assert html.count('class="emulation-related__date"') == 2


def _build(newsroom, pages, tags_per_page):
    """``pages`` tagged articles and as many untagged ones; two of the tagged are picked."""
    tags = [f"{newsroom.slug} {number}" for number in range(tags_per_page)]
    for number in range(pages):
        news(newsroom, f"tin {number}", moment(2023, 1, 1 + number % 28), tags=tags)
        news(newsroom, f"khác {number}", moment(2022, 1, 1 + number % 28))
    page = news(newsroom, "chính", moment(2024, 1, 1), tags=tags)
    for number, target in enumerate(
        NewsPage.objects.sibling_of(page, inclusive=False).filter(title__startswith="tin ")[:2]
    ):
        NewsRelatedPick.objects.create(page=page, target=target, sort_order=number)
    return page


# One query each: private sections, picks, shared tags, same section (the site's root paths
# come from the cache, warm once any page was served). The limit below is one more than the
# picks and tagged articles, so every step runs whatever the counts.
RELATED_QUERIES = 4


@pytest.mark.parametrize(("pages", "tags"), [(3, 1), (40, 12)])
def test_a_fixed_number_of_queries_whatever_the_counts(
    newsroom, django_assert_num_queries, pages, tags
):
    page = _build(newsroom, pages, tags)
    Site.get_site_root_paths()  # warm, as serving any page leaves them
    with django_assert_num_queries(RELATED_QUERIES):
        result = related_news(page, pages + 1)
    assert len(result) == pages + 1
    assert result[-1].title.startswith("khác")


def a_reader():
    """One reader's request (it reads the kept box's version once), its site found as routing
    finds it before any template runs."""
    request = RequestFactory().get("/")
    Site.find_for_request(request)
    return request


def test_the_tag_renders_in_a_fixed_number_of_queries(newsroom, django_assert_num_queries, home):
    for pages in (3, 30):
        page = _build(news_index(home, slug=f"section-{pages}"), pages, 5)
        template = Template(
            "{% load wagtail_emulation %}{% related_news page limit=" + str(pages + 1) + " %}"
        )
        template.render(Context({"page": page, "request": a_reader()}))  # warm site root paths
        forget_fragments("related", ALL)
        request = a_reader()
        with django_assert_num_queries(RELATED_QUERIES):
            html = template.render(Context({"page": page, "request": request}))
        assert f'data-emulation="related" data-page-id="{page.pk}"' in html
        assert "Tin liên quan" in html
        assert html.count("<li>") == pages + 1
        request = a_reader()
        with django_assert_num_queries(0):  # then served from the shared cache
            assert template.render(Context({"page": page, "request": request})) == html


def test_publishing_an_article_refreshes_cached_boxes(newsroom):
    first = news(newsroom, "đầu tiên", moment(2023, 1, 1), tags=["chung"])
    template = Template("{% load wagtail_emulation %}{% related_news page %}")
    assert template.render(Context({"page": first, "request": a_reader()})).strip() == ""
    news(newsroom, "thứ hai", moment(2023, 2, 1), tags=["chung"])
    html = template.render(Context({"page": first, "request": a_reader()}))
    assert "thứ hai" in html


def test_nothing_related_renders_nothing(newsroom):
    page = news(newsroom, "một mình", moment(2024, 1, 1))
    html = Template("{% load wagtail_emulation %}{% related_news page %}").render(
        Context({"page": page})
    )
    assert html.strip() == ""


def test_preview_of_a_new_article_gets_its_section(newsroom):
    sibling = news(newsroom, "đã có", moment(2023, 1, 1))
    unsaved = NewsPage(title="mới", path=newsroom.path + "9999", depth=newsroom.depth + 1)
    assert related_news(unsaved, 5) == [sibling]
