"""Star ratings: votes per second on the endpoint, and the widget's render cost.

    .venv/bin/python benchmarks/ratings.py [--seconds 5] [--threads 4]

* Votes: gunicorn (2 sync workers) on 127.0.0.1 serves the example site; client threads post
  JSON votes as distinct readers (behind a trusted proxy, so each has its own forwarded
  address and the rate limits see real readers), first all on one page (every vote queues on
  that page's summary row) then spread over 20 pages. Bounded by time and by ``MAX_VOTES``.
* Render cost: in-process, the median time of ``{% rating_head %}{% rating_widget %}`` against
  the median time of a whole request for a bare Wagtail page, and the widget's queries.

Data goes to ``BENCH_RATINGS_DATABASE_URL`` (default: a fresh SQLite file in /tmp, served by
one worker since SQLite has one writer), the cache to ``BENCH_RATINGS_REDIS_URL`` if it
answers. Figures only: nothing here asserts a time.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import (  # noqa: E402
    describe,
    flush_redis,
    fresh_sqlite,
    start_django,
)
from benchmarks.harness import HOST, gunicorn  # noqa: E402
from benchmarks.loadtools import varied_load  # noqa: E402

MAX_VOTES = 20_000
SPREAD_PAGES = 20


def configure_environment():
    database_url = os.environ.get("BENCH_RATINGS_DATABASE_URL") or fresh_sqlite(
        "wagtail_emulation_bench_ratings"
    )
    redis_url = os.environ.get("BENCH_RATINGS_REDIS_URL", "")
    if redis_url:
        flush_redis(redis_url)
    start_django(database_url, redis_url, TRUSTED_PROXIES=HOST)
    return database_url, redis_url


def build_pages():
    """A bare page with an ~8 KB body and ``SPREAD_PAGES`` more, all taking ratings."""
    from django.core.management import call_command
    from wagtail.models import Site

    from benchmarks.bench_site.models import BarePage
    from example_site.portal.demo.utils import ensure_child

    call_command("migrate", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = HOST, 80
    site.save()
    body = "".join(
        f"<p>Đoạn {n}: Sở Tư pháp tổ chức hội nghị sơ kết phong trào thi đua, biểu dương các "
        "tập thể và cá nhân có thành tích tiêu biểu trong công tác tư pháp.</p>"
        for n in range(60)
    )
    home = site.root_page
    pages = [
        ensure_child(home, BarePage, f"bench-rated-{n}", title=f"Trang đo {n}", body=body)
        for n in range(SPREAD_PAGES)
    ]
    return pages


def vote_request(page_ids):
    """``request_for`` of ``varied_load``: vote ``n`` comes from reader ``n``, on a page in turn."""

    def request(number):
        page_id = page_ids[number % len(page_ids)]
        headers = {
            "Content-Type": "application/json",
            "Accept": "application/json",
            "Sec-Fetch-Site": "same-origin",
            "User-Agent": f"Bench reader {number}",
            "X-Forwarded-For": f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}",
        }
        body = json.dumps({"score": number % 5 + 1})
        return "POST", f"/emulation/ratings/{page_id}/", body, headers

    return request


def vote_load(base_url, page_ids, seconds, threads):
    """(votes/s, votes counted) from ``threads`` keep-alive clients, each vote a new reader."""
    return varied_load(base_url, vote_request(page_ids), seconds, threads, limit=MAX_VOTES)


def render_cost(page, rounds=300):
    """Median seconds of the widget tags and of a whole bare-page request, and widget queries."""
    from django.db import connection
    from django.template import Context, Template
    from django.test import Client, RequestFactory
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Site

    tags = Template("{% load wagtail_emulation %}{% rating_head page %}{% rating_widget page %}")
    client = Client(HTTP_HOST=HOST)
    client.get(page.url)  # first-use work outside the figures
    page_times, widget_times, queries = [], [], 0
    for _ in range(rounds):
        started = time.perf_counter()
        assert client.get(page.url).status_code == 200
        page_times.append(time.perf_counter() - started)

        request = RequestFactory().get(page.url, HTTP_HOST=HOST)
        Site.find_for_request(request)  # what the page's base template has already done
        page.get_url(request)
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            tags.render(Context({"page": page, "request": request}))
            widget_times.append(time.perf_counter() - started)
        queries = len(captured)
    return statistics.median(page_times), statistics.median(widget_times), queries


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()

    database_url, redis_url = configure_environment()
    pages = build_pages()
    sqlite = database_url.startswith("sqlite")
    print(describe(database_url, redis_url))

    from wagtail_emulation.ratings.models import RatingSummary

    with gunicorn("benchmarks.settings", workers=1 if sqlite else 2) as base_url:
        vote_load(base_url, [pages[-1].pk], 1, args.threads)  # warm up the workers
        one_page = vote_load(base_url, [pages[0].pk], args.seconds, args.threads)
        spread = vote_load(base_url, [page.pk for page in pages[1:]], args.seconds, args.threads)
    summary = RatingSummary.objects.get(page=pages[0])
    assert summary.count == one_page[1], "a vote went missing"

    bare_page, widget, widget_queries = render_cost(pages[0])
    print()
    print(f"votes/s, one page (each vote queues on its summary row): {one_page[0]:8.1f}"
          f"  ({one_page[1]} votes, all counted)")  # fmt: skip
    print(f"votes/s, spread over {len(pages) - 1} pages:                  {spread[0]:8.1f}"
          f"  ({spread[1]} votes)")  # fmt: skip
    print(f"bare page, whole request (in-process):      {bare_page * 1000:8.2f} ms")
    print(f"rating widget + JSON-LD render:             {widget * 1000:8.3f} ms"
          f"  = {widget / bare_page:.1%} of the bare page, {widget_queries} queries")  # fmt: skip


if __name__ == "__main__":
    main()
