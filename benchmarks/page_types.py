"""Every page type of the demo portal, the search at scale, and the cache in front, as
targets of ``run.py``'s one interleaved run (figures, not tests)."""

from urllib.parse import quote

from benchmarks.harness import free_port

#: A query that matches most pages (84 % of the bulk-written ones): ranking's worst case.
BROAD_QUERY = "ho so"
FOLDED_QUERY = "hoi nghi tong ket"


def page_type_paths():
    """{label: path}: the first live page of every page type the demo has (the bench's own
    pages and the news article, measured as the full page, left out)."""
    from wagtail.models import Page

    from benchmarks.bench_site.models import BarePage
    from wagtail_emulation.news.models import NewsPage

    paths = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("depth", "path"):
        if isinstance(page, (BarePage, NewsPage)) or page.slug.startswith("bench-"):
            continue
        label = str(page._meta.verbose_name)
        if label not in paths and page.url:
            paths[label] = page.url
    paths["site map (XML)"] = "/sitemap.xml"
    return paths


def grow_for_search(home, total):
    """A news index of its own under ``home`` with ``total`` bulk-written articles, indexed
    (``benchmarks/search.py``'s writer); the other page types keep their demo listings."""
    from benchmarks import search
    from example_site.portal.demo.utils import ensure_child
    from wagtail_emulation.news.models import NewsIndexPage

    index = ensure_child(home, NewsIndexPage, "bench-tim-kiem", title="Tin đo tìm kiếm")
    search.add_news_in_bulk(index, total)
    search.refresh_statistics()
    seconds = search.rebuild_index()
    print(f"{total:,} articles for the search written and indexed ({seconds:.0f} s to index)")


def search_paths():
    return {
        f"search “{FOLDED_QUERY}”": f"/search/?q={quote(FOLDED_QUERY)}",
        f"search “{BROAD_QUERY}” (broad)": f"/search/?q={quote(BROAD_QUERY)}",
    }


def varnish_in_front(server_url):
    """A context manager: varnishd with the shipped configuration before ``server_url``'s
    port, yielding its URL; ``None`` when varnishd is not installed."""
    from tests.deploy.varnish import running_varnish, varnishd

    if varnishd() is None:
        return None
    port = int(server_url.rsplit(":", 1)[1])
    return running_varnish([port], port=free_port())
