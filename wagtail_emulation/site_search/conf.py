from appconf import AppConf

from ..conf import SettingsReader


class SiteSearchConf(AppConf):
    # Results on each page of the search page.
    SEARCH_PER_PAGE = 10
    # Words of a query that count; the rest are ignored (each word costs a condition).
    SEARCH_MAX_WORDS = 12
    # Seconds the shared cache keeps the ranking of one search page (the ids of its results
    # and the number of matches; dropped when content changes); 0 ranks every search afresh.
    SEARCH_CACHE_SECONDS = 300
    # A relevance ranking scores at most this many matches, the newest: a broad query
    # (most of the site) costs what this many do, and the page then says "more than N
    # results". 0 scores every match.
    SEARCH_RANK_CANDIDATES = 1_000
    # PostgreSQL: a relevance search whose matches the planner estimates above this many is
    # broad: it takes its candidates by reading the pages newest first until it has them; a
    # narrower one reads every match through the term index and keeps the newest (the two
    # cost the same near 17,000 matches at 100,000 pages; see site_search/candidates.py).
    SEARCH_BROAD_MATCHES = 20_000
    # Characters of a page's text (besides its title) that the index keeps and matches.
    SEARCH_TEXT_CHARS = 20_000
    # Addresses per sitemap file; sitemap.xml is an index of the files (the protocol's
    # maximum is 50,000; smaller files answer faster).
    SITEMAP_URLS_PER_FILE = 5_000
    # Path prefixes robots.txt also disallows, besides the package's per-reader endpoints,
    # the search page and the admin.
    ROBOTS_DISALLOW = []

    class Meta:
        prefix = "wagtail_emulation"


app_settings = SettingsReader(SiteSearchConf)
