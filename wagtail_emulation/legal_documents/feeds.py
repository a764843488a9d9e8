"""RSS 2.0 and Atom feeds of the library, one per filter: ``feed/rss/?type=3&issuer=2``.

The query string is read by the library's filter form, so a reader subscribes to exactly the
list they see (newest issue date first).
"""

import datetime

from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from ..content.feeds import IndexPageFeed
from .conf import app_settings
from .listing import filtered_documents


class LibraryRssFeed(IndexPageFeed):
    def get_object(self, request, index_page):
        self.form, documents = filtered_documents(index_page, request)
        self.documents = documents.order_by("-issue_date", "-pk")
        return super().get_object(request, index_page)

    def list_title(self, index_page):
        if self.form.is_filtering:
            return _("%(title)s (filtered)") % {"title": index_page.title}
        return index_page.title

    def list_query(self):
        return self.request.META.get("QUERY_STRING", "")

    def items(self, index_page):
        return self.documents.select_related("document_type", "issuer")[
            : app_settings.LEGAL_DOCUMENTS_FEED_SIZE
        ]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

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
