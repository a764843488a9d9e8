"""One place purges both caches: the addresses each content change drops from the cache in
front (through wagtail.contrib.frontend_cache's backends) and from the Redis HTML cache."""

import pytest
from django.test import override_settings
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import PageViewRestriction

PURGED = []


class RecordingBackend(BaseBackend):
    """A cache in front that notes what it was asked to purge."""

    def purge(self, url):
        PURGED.append(url)


FRONT = override_settings(
    WAGTAILFRONTENDCACHE={"front": {"BACKEND": f"{__name__}.RecordingBackend"}}
)


@pytest.fixture
def purged():
    PURGED.clear()
    with FRONT:
        yield PURGED


def served(urls):
    """The paths of the purged URLs ("/tin-tuc/"), whatever the host."""
    return {"/" + url.split("://", 1)[1].split("/", 1)[1] for url in urls}


@pytest.fixture
def about(home):
    return home.get_children().get(slug="gioi-thieu").specific


def test_publishing_purges_the_page_and_its_parent(purged, about):
    about.save_revision().publish()
    assert {"/gioi-thieu/", "/"} <= served(purged)


def test_a_move_purges_the_old_and_new_addresses_and_both_parents(purged, home, about):
    from wagtail_emulation.news.models import NewsIndexPage, NewsPage

    newsroom = NewsIndexPage.objects.child_of(home).get()
    article = NewsPage.objects.child_of(newsroom).live().first()
    old = article.url
    article.move(about, pos="last-child")
    article.refresh_from_db()
    assert {old, article.url, newsroom.url, about.url} <= served(purged)
    assert old != article.url


def test_a_privacy_change_purges_every_page_of_the_site(purged, home):
    """Any page may list the page made private: the cache in front drops them all (``/*``),
    as the HTML cache does, and nothing page by page."""
    from wagtail_emulation.news.models import NewsIndexPage

    newsroom = NewsIndexPage.objects.child_of(home).get()
    restriction = PageViewRestriction.objects.create(page=newsroom, restriction_type="login")
    assert served(purged) == {"/*"}
    purged.clear()
    restriction.delete()
    assert served(purged) == {"/*"}


def test_an_approved_comment_purges_its_page(purged, demo, django_capture_on_commit_callbacks):
    from wagtail_emulation.comments.models import ReaderComment
    from wagtail_emulation.comments.moderation import change_status

    pending = ReaderComment.objects.exclude(status=ReaderComment.Status.APPROVED).first()
    assert pending is not None
    with django_capture_on_commit_callbacks(execute=True):
        change_status([pending.pk], ReaderComment.Status.APPROVED)
    assert pending.page.url in served(purged)
