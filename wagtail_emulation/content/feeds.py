"""The base of the package's RSS 2.0 and Atom feeds of an index page (Django's syndication).

Every address in a feed is on the site's own host (Wagtail's full URLs, from the Site's root
URL), whatever host the request came through: an item's ``<link>`` and its ``<guid>`` are the
same address, so a reader never sees one article twice. The feed's author is the portal's
agency (RFC 4287, section 4.1.1: an Atom feed must name one when its entries do not).
"""

from urllib.parse import urljoin

from django.contrib.syndication.views import Feed
from django.utils.html import strip_tags

from .metadata import agency_organization


class IndexPageFeed(Feed):
    """A feed of ``index_page``'s list; subclasses give ``items`` and the item fields."""

    def __call__(self, request, *args, **kwargs):
        self.request = request  # one Feed instance per request: see the index pages' routes
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, index_page):
        self.agency = agency_organization(index_page, request)
        return index_page

    def list_title(self, index_page):
        return index_page.title

    def list_query(self):
        """The query string of the list the feed follows ("" for the whole list)."""
        return ""

    def title(self, index_page):
        site = index_page.get_site()
        title = self.list_title(index_page)
        return f"{title} – {site.site_name}" if site and site.site_name else title

    def link(self, index_page):
        query = self.list_query()
        return index_page.get_full_url(self.request) + (f"?{query}" if query else "")

    def description(self, index_page):
        return strip_tags(index_page.search_description or index_page.intro) or index_page.title

    def subtitle(self, index_page):
        return self.description(index_page)

    def feed_url(self, index_page):
        return urljoin(index_page.get_full_url(self.request), self.request.get_full_path())

    def author_name(self, index_page):
        return self.agency["name"] if self.agency else None

    def author_link(self, index_page):
        return self.agency["url"] if self.agency else None

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return self.item_link(item)
