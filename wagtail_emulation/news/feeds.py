"""RSS 2.0 and Atom feeds of a news index, with Django's syndication framework.

Served by :class:`~.models.NewsIndexPage` at ``feed/rss/`` and ``feed/atom/``.
"""

from django.utils.feedgenerator import Atom1Feed

from ..content.feeds import IndexPageFeed

FEED_SIZE = 20


class NewsRssFeed(IndexPageFeed):
    def items(self, index_page):
        return index_page.listed_pages().prefetch_related("tagged_items__tag")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary() or ""

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [tagged.tag.name for tagged in item.tagged_items.all()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
