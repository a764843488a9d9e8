"""``sitemap.xml`` for the requested site, through ``wagtail.contrib.sitemaps``.

``sitemap.xml`` is a sitemap index listing files of at most ``SITEMAP_URLS_PER_FILE``
addresses (``sitemap-pages.xml?p=2``…), each page with its ``lastmod``. Every file costs a
fixed number of queries (the count, then its slice of pages, one query per page type).
"""

from django.db.models import Max
from django.db.models.functions import Coalesce
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap

from .conf import app_settings


class SitePagesSitemap(Sitemap):
    @property
    def limit(self):
        return app_settings.SITEMAP_URLS_PER_FILE

    def get_latest_lastmod(self):
        # One aggregate, not every page of the site loaded (Django's default).
        pages = self.items().order_by()
        return pages.aggregate(
            latest=Max(Coalesce("last_published_at", "latest_revision_created_at"))
        )["latest"]


SITEMAPS = {"pages": SitePagesSitemap}
