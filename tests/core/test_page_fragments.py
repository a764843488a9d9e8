"""``{% page_fragment %}``: an article's parts are rendered once, then served from the shared
cache until something they show changes."""

import itertools
from contextlib import ExitStack, contextmanager
from io import StringIO
from unittest import mock

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.template import Context, Template, TemplateSyntaxError
from django.test import RequestFactory
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

from ..campaigns.builders import campaign, campaign_index, moment, news, news_index
from .test_state_faults import DEAD_REDIS

COUNTED = Template(
    '{% load wagtail_emulation %}{% page_fragment page "part" %}'
    "{{ page.title }} #{{ render_number }}{% endpage_fragment %}"
)


@pytest.fixture
def newsroom(home):
    return news_index(home)


@pytest.fixture
def article(newsroom):
    return news(newsroom, "Hội nghị sơ kết thi đua", moment(2024, 5, 14), tags=["thi-dua"])


def render(page, *, path=None, preview=False, numbers):
    request = RequestFactory().get(path or page.url)
    request.is_preview = preview
    return COUNTED.render(Context({"page": page, "request": request, "render_number": numbers}))


def test_a_kept_part_is_served_without_rendering_or_querying(article, django_assert_num_queries):
    numbers = itertools.count(1).__next__
    first = render(article, numbers=numbers)
    request = RequestFactory().get(article.url)
    Site.find_for_request(request)  # routing has found the site before any template runs
    context = Context({"page": article, "request": request, "render_number": numbers})
    with django_assert_num_queries(0):
        again = COUNTED.render(context)
    assert first == again == "Hội nghị sơ kết thi đua #1"


def test_each_path_and_part_is_kept_apart(article):
    numbers = itertools.count(1).__next__
    assert render(article, numbers=numbers).endswith("#1")
    assert render(article, path=article.url + "in/", numbers=numbers).endswith("#2")


def test_previews_are_never_kept(article):
    numbers = itertools.count(1).__next__
    assert render(article, preview=True, numbers=numbers).endswith("#1")
    assert render(article, preview=True, numbers=numbers).endswith("#2")


def test_publishing_the_page_shows_its_new_version(client, article):
    assert "Hội nghị sơ kết thi đua" in client.get(article.url).content.decode()
    article.title = "Hội nghị tổng kết thi đua"
    article.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert "<h1>Hội nghị tổng kết thi đua</h1>" in html
    assert "Hội nghị sơ kết" not in html


def test_publishing_a_parent_refreshes_its_childrens_breadcrumbs(client, newsroom, article):
    assert '">Tin</a>' in client.get(article.url).content.decode()
    newsroom.title = "Tin tức – Sự kiện"
    newsroom.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert '">Tin tức – Sự kiện</a>' in html  # the breadcrumb
    assert '"name": "Tin tức – Sự kiện"' in html  # the JSON-LD trail in the head


def test_unpublishing_a_linked_page_removes_the_link(client, newsroom, home):
    call = campaign(campaign_index(home), "Phong trào 2025", moment(2025, 1, 1).date())
    page = news(newsroom, "Tin về phong trào", moment(2025, 2, 1), campaign=call)
    assert f'href="{call.url}">Phong trào 2025</a>' in client.get(page.url).content.decode()
    call.unpublish()
    assert "Phong trào 2025</a>" not in client.get(page.url).content.decode()


def test_renaming_the_site_refreshes_the_head(client, article, demo):
    client.get(article.url)
    demo.site_name = "Sở Tư pháp tỉnh Điện Biên"
    demo.save()
    html = client.get(article.url).content.decode()
    assert '<meta property="og:site_name" content="Sở Tư pháp tỉnh Điện Biên">' in html


def test_saving_an_image_makes_kept_parts_stale(article):
    from wagtail.images import get_image_model

    numbers = itertools.count(1).__next__
    render(article, numbers=numbers)
    get_image_model().objects.create(title="Ảnh hội nghị", file=get_test_image_file())
    assert render(article, numbers=numbers).endswith("#2")


def test_a_page_without_a_request_is_rendered_each_time(article):
    numbers = itertools.count(1).__next__
    context = {"page": article, "render_number": numbers}
    assert COUNTED.render(Context(context)).endswith("#1")
    assert COUNTED.render(Context(context)).endswith("#2")


def test_wrong_arguments_say_how_to_use_the_tag():
    with pytest.raises(TemplateSyntaxError, match='page_fragment page "part"'):
        Template("{% load wagtail_emulation %}{% page_fragment page %}{% endpage_fragment %}")


def test_two_sites_get_their_own_parts(article, demo):
    other = Site.objects.create(hostname="other.example", root_page=demo.root_page)
    numbers = itertools.count(1).__next__
    render(article, numbers=numbers)
    request = RequestFactory().get(article.url, HTTP_HOST=other.hostname)
    request.is_preview = False
    html = COUNTED.render(Context({"page": article, "request": request, "render_number": numbers}))
    assert html.endswith("#2")


def test_the_forget_fragments_command_makes_every_kept_render_stale(article):
    numbers = itertools.count(1).__next__
    render(article, numbers=numbers)
    assert render(article, numbers=numbers).endswith("#1")
    out = StringIO()
    call_command("forget_fragments", stdout=out)
    assert "stale" in out.getvalue()
    assert render(article, numbers=numbers).endswith("#2")


def test_the_command_says_when_the_cache_cannot_be_reached(settings):
    settings.CACHES = {**settings.CACHES, "dead": DEAD_REDIS}
    settings.WAGTAIL_EMULATION_CACHE_ALIAS = "dead"
    with pytest.raises(CommandError, match="could not be reached"):
        call_command("forget_fragments", stdout=StringIO())


class Calls(list):
    inside = False


@contextmanager
def cache_calls():
    """Yields the list of calls made to the cache (Wagtail's and the package's: one cache
    here): with Redis, each is a round trip."""
    calls = Calls()
    with ExitStack() as stack:
        for name in ("get", "get_many", "set", "set_many", "add", "incr", "delete", "has_key"):
            stack.enter_context(mock.patch.object(cache, name, _counted(calls, name)))
        yield calls


def _counted(calls, name):
    method = getattr(cache, name)

    def call(*args, **kwargs):
        if calls.inside:  # local memory's get_many calls get: one call all the same
            return method(*args, **kwargs)
        calls.append((name, args[0] if args else None))
        calls.inside = True
        try:
            return method(*args, **kwargs)
        finally:
            calls.inside = False

    return call


def test_a_full_article_reads_the_cache_in_three_round_trips(client, article, newsroom):
    news(newsroom, "Tin cùng chủ đề", moment(2024, 5, 1), tags=["thi-dua"])
    first = client.get(article.url).content.decode()
    with cache_calls() as calls:
        second = client.get(article.url).content.decode()
    assert second == first
    assert "Tin cùng chủ đề" in second  # the related news box, among the kept parts
    # Wagtail's site root paths; the versions and plain keys the route read last time; the
    # fragments: not one round trip per fragment.
    assert len(calls) <= 3, calls


def test_a_publication_shows_on_the_next_request_of_a_route_read_together(
    client, article, newsroom
):
    other = news(newsroom, "Tin cùng chủ đề", moment(2024, 5, 1), tags=["thi-dua"])
    client.get(article.url)
    assert "Tin cùng chủ đề" in client.get(article.url).content.decode()
    other.title = "Tin cùng chủ đề, đã sửa"
    other.save_revision().publish()  # the related box's key is the same but for its version
    assert "Tin cùng chủ đề, đã sửa" in client.get(article.url).content.decode()


def test_a_route_read_together_is_rendered_when_the_cache_goes_down(client, article, settings):
    client.get(article.url)
    client.get(article.url)
    settings.CACHES = {**settings.CACHES, "dead": DEAD_REDIS}
    settings.WAGTAIL_EMULATION_CACHE_ALIAS = "dead"
    response = client.get(article.url)
    assert response.status_code == 200
    assert "<h1>Hội nghị sơ kết thi đua</h1>" in response.content.decode()
