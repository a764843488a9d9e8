"""Queries and writes per request, measured in-process with Django's test client."""

from django.core.cache import caches
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from benchmarks import data

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"
WRITES = ("INSERT", "UPDATE", "DELETE")


def count(method, path, *, cold=False, user_agent=BROWSER):
    """(queries, writes) of one request; steady state unless ``cold`` (caches emptied)."""
    client = Client(HTTP_HOST="127.0.0.1", HTTP_USER_AGENT=user_agent)
    send = client.post if method == "POST" else client.get
    if cold:
        for alias in caches:
            caches[alias].clear()
    else:
        send(path)  # let first-use work (settings rows, content types) happen outside the count
    with CaptureQueriesContext(connection) as context:
        response = send(path)
    assert response.status_code < 400, (path, response.status_code)
    sql = [query["sql"].lstrip().upper() for query in context.captured_queries]
    return len(sql), sum(statement.startswith(WRITES) for statement in sql)


def queries_per_request(pages, buffered):
    counts = {
        "(a) bare Wagtail page": count("GET", pages.bare.url),
        "(b) full page": count("GET", pages.full.url),
        "(c) full page, HTML cache": None,  # served by the cache middleware: see note below
        "(c) same, Redis tier only": None,
        "(d) empty Django view": count("GET", "/bench/empty/"),
        "(e) beacon, direct": count("POST", pages.beacon_path, user_agent=BROWSER + " d"),
    }
    if buffered:
        counts["(d) + one Redis round trip"] = count("GET", "/bench/redis-ping/")
        with override_settings(WAGTAIL_EMULATION_VISITS_WRITE_MODE="buffered"):
            counts["(e) beacon, buffered"] = count(
                "POST", pages.beacon_path, user_agent=BROWSER + " b"
            )
    return counts


#: Rows that serve the full page from a cache, compared with the same page uncached.
CACHED_ROWS = ("(c) full page, HTML cache", "(c) same, Redis tier only", "(f) full page, Varnish")


def print_table(medians, per_request):
    bare = medians["(a) bare Wagtail page"]
    floor = medians["(d) empty Django view"]
    uncached = medians["(b) full page"]
    width = max(28, *(len(name) for name in medians))
    print()
    print(
        f"{'target':{width}} {'req/s':>9} {'× bare':>7} {'× floor':>8} {'× uncached':>10} "
        f"{'queries':>8} {'writes':>7}"
    )
    for name, value in medians.items():
        counts = per_request.get(name)
        queries, writes = counts if counts else ("0*", "0*")
        versus = f"{value / uncached:10.2f}" if name.startswith(CACHED_ROWS) else f"{'':10}"
        print(
            f"{name:{width}} {value:9.1f} {value / bare:7.2f} {value / floor:8.2f} {versus} "
            f"{queries!s:>8} {writes!s:>7}"
        )
    full_q, full_w = per_request["(b) full page"]
    bare_q, _ = per_request["(a) bare Wagtail page"]
    print(
        f"\nfull page {full_q} queries, bare page {bare_q}: the widgets add "
        f"{max(0, full_q - bare_q)} queries and {full_w} writes per view (steady state)"
    )
    print("* a cache hit runs no view and no query")


def print_scaling(pages, skip_big=False):
    """Query counts of the full page with 10 vs 1,000 comments and 300 vs 10,000 pages."""
    from wagtail_emulation.news.models import NewsPage

    probe = data.add_news(pages.news_index, 100_000, data.TOPICS[:3], "<p>Tin đo.</p>")
    data.add_approved_comments(probe, 10)
    with_10 = count("GET", probe.url, cold=True)
    data.add_approved_comments(probe, 990, start=10)
    with_1000 = count("GET", probe.url, cold=True)
    print(f"\nfull page, cold cache: 10 comments → {with_10[0]} queries; 1,000 → {with_1000[0]}")
    if skip_big:
        return
    at_300 = count("GET", pages.full.url, cold=True)
    total = NewsPage.objects.count()
    print(f"adding news pages up to 10,000 (from {total}); this takes a few minutes…", flush=True)
    for number in range(total, 10_000):
        topic = data.TOPICS[number % len(data.TOPICS)]
        data.add_news(pages.news_index, 200_000 + number, [topic], "<p>Tin ngắn.</p>")
    at_10000 = count("GET", pages.full.url, cold=True)
    print(f"full page, cold cache: {total} pages → {at_300[0]} queries; 10,000 → {at_10000[0]}")
