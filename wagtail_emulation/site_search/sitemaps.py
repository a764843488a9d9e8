"""``sitemap.xml`` for the requested site, through ``wagtail.contrib.sitemaps``.

``sitemap.xml`` is a sitemap index listing files of at most ``SITEMAP_URLS_PER_FILE``
addresses (``sitemap-pages.xml?p=2``…), each page with its ``lastmod``. Every file costs a
fixed number of queries (the count, then its slice of pages, one query per page type).
"""

from functools import reduce
from operator import or_

from django.db.models import Max, Q
from django.db.models.functions import Coalesce
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Page

from ..languages import english_enabled
from .conf import app_settings


class SitePagesSitemap(Sitemap):
    @property
    def limit(self):
        return app_settings.SITEMAP_URLS_PER_FILE

    def items(self):
        """The site's pages, and on a site that serves English its English tree too (each
        page at its own address: Wagtail reverses it in its locale's language)."""
        if not english_enabled():
            return super().items()
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        trees = reduce(or_, (Q(path__startswith=home.path) for home in homes))
        return (
            Page.objects.filter(trees)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def get_latest_lastmod(self):
        # One aggregate, not every page of the site loaded (Django's default).
        pages = self.items().order_by()
        return pages.aggregate(
            latest=Max(Coalesce("last_published_at", "latest_revision_created_at"))
        )["latest"]


SITEMAPS = {"pages": SitePagesSitemap}
