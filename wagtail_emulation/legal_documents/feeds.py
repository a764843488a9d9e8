"""RSS 2.0 and Atom feeds of the library, one per filter: ``feed/rss/?type=3&issuer=2``.

The query string is read by the library's filter form, so a reader subscribes to exactly the
list they see (newest issue date first).
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from .conf import app_settings
from .listing import filtered_documents


class LibraryRssFeed(Feed):
    def __call__(self, request, *args, **kwargs):
        self.request = request  # one Feed instance per request, see LegalDocumentIndexPage
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, index_page):
        self.form, documents = filtered_documents(index_page, request)
        self.documents = documents.order_by("-issue_date", "-pk")
        return index_page

    def title(self, index_page):
        site = index_page.get_site()
        title = index_page.title
        if self.form.is_filtering:
            title = _("%(title)s (filtered)") % {"title": title}
        return f"{title} – {site.site_name}" if site and site.site_name else title

    def link(self, index_page):
        query = self.request.META.get("QUERY_STRING", "")
        return index_page.get_url(self.request) + (f"?{query}" if query else "")

    def description(self, index_page):
        return strip_tags(index_page.search_description or index_page.intro) or index_page.title

    def feed_url(self, index_page):
        return self.request.get_full_path()

    def items(self, index_page):
        return self.documents.select_related("document_type", "issuer")[
            : app_settings.LEGAL_DOCUMENTS_FEED_SIZE
        ]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return item.full_url

    def item_pubdate(self, item):
        # The issue date, at the start of that day in the site's time zone.
        start = datetime.datetime.combine(item.issue_date, datetime.time())
        return timezone.make_aware(start)

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.issuer.name

    def item_categories(self, item):
        return [item.document_type.name]


class LibraryAtomFeed(LibraryRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, index_page):
        return self.description(index_page)
