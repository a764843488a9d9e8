"""RSS 2.0 and Atom feeds of a news index, with Django's syndication framework.

Served by :class:`~.models.NewsIndexPage` at ``feed/rss/`` and ``feed/atom/``.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags

FEED_SIZE = 20


class NewsRssFeed(Feed):
    def __call__(self, request, *args, **kwargs):
        self.request = request  # one Feed instance per request, see NewsIndexPage
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, index_page):
        return index_page

    def title(self, index_page):
        site = index_page.get_site()
        return (
            f"{index_page.title} – {site.site_name}"
            if site and site.site_name
            else index_page.title
        )

    def link(self, index_page):
        return index_page.get_url(self.request)

    def description(self, index_page):
        return strip_tags(index_page.search_description or index_page.intro) or index_page.title

    def feed_url(self, index_page):
        return self.request.path

    def items(self, index_page):
        return index_page.listed_pages().prefetch_related("tagged_items__tag")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary() or ""

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return item.full_url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [tagged.tag.name for tagged in item.tagged_items.all()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, index_page):
        return self.description(index_page)
