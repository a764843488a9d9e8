"""What 40 sites on one install cost each page type: one site of 2,500 pages, then the same
install grown to 40 sites of 2,500 pages each (100,000 pages), measured the same way.

Builds the demo portal (``load_demo``) and a bare baseline page as the default site, fills it
with bulk-written news pages up to 2,500 pages (``benchmarks.search.add_news_in_bulk``:
live rows with computed tree paths, no revisions), and measures every page type of the demo
(``benchmarks.page_types``): requests/s as a ratio of the bare Wagtail page on the same run,
and queries per request. Then adds 39 department sites with ``create_department_site`` (home
page, standard sections, settings, group), fills each to 2,500 pages the same way, and
measures again. Prints one table: each page type at 1 site and at 40 sites. Figures, not tests.

    .venv/bin/python benchmarks/many_sites.py [--sites 40] [--pages 2500] [--rounds 2]
                                              [--seconds 3] [--limit-types 30]

The database is ``BENCH_DATABASE_URL`` (default: a fresh ``province_bench`` on PostgreSQL at
127.0.0.1); the cache is local memory (no Redis), the HTML cache off: every request renders.
``BENCH_PORTS`` ("8570-8579") confines the servers to a port range. Loads are bounded: each
target runs ``--rounds`` × ``--seconds`` per phase after a 2-second warm-up.
"""

import argparse
import os
import sys
import time
from io import StringIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import describe, fresh_postgres, start_django  # noqa: E402
from benchmarks.harness import gunicorn, interleaved_rounds  # noqa: E402
from benchmarks.loadtools import load_target  # noqa: E402

BARE = "bare Wagtail page"


def pages_in(site):
    from wagtail.models import Page

    return Page.objects.filter(path__startswith=site.root_page.path).count()


def fill_site(site, pages):
    """Bulk-written news pages in the site's news section until the site has ``pages``."""
    from benchmarks import search
    from wagtail_emulation.news.models import NewsIndexPage

    index = NewsIndexPage.objects.child_of(site.root_page).first()
    missing = pages - pages_in(site)
    if missing > 0:
        index.refresh_from_db()
        search.add_news_in_bulk(index, index.numchild + missing, seed=site.pk)


def build_one_site(pages):
    """The demo department as the default site on 127.0.0.1, a bare page, ``pages`` pages."""
    from django.core.management import call_command
    from wagtail.models import Site

    from benchmarks.bench_site.models import BarePage
    from benchmarks.data import body_html
    from example_site.portal.demo.utils import ensure_child

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=StringIO())
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", 80
    site.save()
    home = site.root_page.specific
    # The baseline sits at an article's depth, as in run.py.
    parent = ensure_child(home, BarePage, "bench-muc", title="Mục đối chứng")
    bare = ensure_child(parent, BarePage, "bench-bare", title="Trang đối chứng", body=body_html())
    fill_site(site, pages)
    return site, bare


def grow_to(sites, pages):
    """Department sites beside the default one, each made by ``create_department_site`` and
    filled to ``pages`` pages, until the install has ``sites`` sites."""
    from wagtail.models import Site

    from wagtail_emulation.department_sites import DepartmentSite, create_department_site

    for number in range(Site.objects.count(), sites):
        spec = DepartmentSite(
            hostname=f"so{number:02d}.bench.localhost", site_name=f"Sở thử nghiệm {number:02d}"
        )
        create_department_site(spec)
        fill_site(Site.objects.get(hostname=spec.hostname), pages)
        print(f"  {number + 1} sites", end="\r", flush=True)
    print()


def target_paths(bare, limit):
    """{page type: path} of the default site, the bare page first; read while it is the only
    site (with several, Wagtail writes every page's URL with its host)."""
    from benchmarks import page_types

    paths = {BARE: bare.url, **page_types.page_type_paths()}
    return dict(list(paths.items())[: limit + 1])


def query_counts(paths):
    from benchmarks import measure

    return {name: measure.count("GET", path)[0] for name, path in paths.items()}


def measure_phase(paths, rounds, seconds):
    """Median requests/s of each path, served by gunicorn (2 sync workers, no HTML cache)."""
    with gunicorn("benchmarks.settings", {"HTML_CACHE": "0"}) as server:
        targets = {name: load_target(server + path) for name, path in paths.items()}
        for target in targets.values():  # first renders, connections
            target(2)
        return interleaved_rounds(targets, rounds=rounds, seconds=seconds)


def print_table(one, many, sites, pages):
    (one_rates, one_queries), (many_rates, many_queries) = one, many
    width = max(len(name) for name in one_rates)
    print(f"\n1 site × {pages:,} pages vs {sites} sites × {pages:,} pages")
    print(
        f"{'page type':{width}} {'1: req/s':>9} {'× bare':>7} {'q':>4}   "
        f"{f'{sites}: req/s':>9} {'× bare':>7} {'q':>4}   {'change':>7}"
    )
    for name in one_rates:
        one_ratio = one_rates[name] / one_rates[BARE]
        many_ratio = many_rates[name] / many_rates[BARE]
        print(
            f"{name:{width}} {one_rates[name]:9.1f} {one_ratio:7.2f} {one_queries[name]:4d}   "
            f"{many_rates[name]:9.1f} {many_ratio:7.2f} {many_queries[name]:4d}   "
            f"{(many_ratio / one_ratio - 1) * 100:+6.1f}%"
        )
    print("change: the page type's ratio to the bare page at 40 sites against 1 site")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=40)
    parser.add_argument("--pages", type=int, default=2500, help="pages per site")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=3)
    parser.add_argument("--limit-types", type=int, default=30, help="page types measured")
    args = parser.parse_args()

    database_url = os.environ.get("BENCH_DATABASE_URL") or fresh_postgres("province_bench")
    start_django(database_url, "")
    from benchmarks import search

    print(describe(database_url, ""))
    started = time.monotonic()
    site, bare = build_one_site(args.pages)
    search.refresh_statistics()
    print(f"1 site, {pages_in(site):,} pages, built in {time.monotonic() - started:.0f} s")
    paths = target_paths(bare, args.limit_types)
    one_queries = query_counts(paths)
    one_rates = measure_phase(paths, args.rounds, args.seconds)

    started = time.monotonic()
    grow_to(args.sites, args.pages)
    search.refresh_statistics()
    from wagtail.models import Page, Site

    print(
        f"{Site.objects.count()} sites, {Page.objects.count():,} pages, "
        f"grown in {time.monotonic() - started:.0f} s"
    )
    many_queries = query_counts(paths)
    many_rates = measure_phase(paths, args.rounds, args.seconds)
    print_table((one_rates, one_queries), (many_rates, many_queries), args.sites, args.pages)


if __name__ == "__main__":
    main()
