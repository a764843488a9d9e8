"""The search page against the bare Wagtail page, in this process, on pages already built.

Run after ``benchmarks/search.py --build-only`` (same ``BENCH_DATABASE_URL``): Django's test
client, the benchmark (production) settings, HTML cache off, every search ranked afresh
(``WAGTAIL_EMULATION_SEARCH_CACHE_SECONDS=0``). In interleaved rounds it requests the bare
page and each query of ``benchmarks/search.py`` in turn for a few seconds; prints the median
requests/s, the ratio to the bare page, the milliseconds per request and the queries each
request runs. No server and no load client: what the application costs, without the noise
of sockets and workers. Figures, not tests.

    .venv/bin/python benchmarks/search_in_process.py [--rounds 3] [--seconds 5]
    .venv/bin/python benchmarks/search_in_process.py --profile "hoi nghi tong ket" [--sort tottime]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.in_process import (  # noqa: E402
    arguments,
    interleaved,
    print_table,
    profile,
    queries,
    start,
)
from benchmarks.search import QUERIES  # noqa: E402


def main():
    args = arguments(
        __doc__.split("\n\n")[0], metavar="QUERY", help="cProfile 20 searches of QUERY"
    ).parse_args()
    start()
    from django.test import Client, override_settings

    from benchmarks.bench_site.models import BarePage

    client = Client(HTTP_HOST="127.0.0.1")
    targets = {"bare Wagtail page": (BarePage.objects.get(slug="bench-bare").url, {})}
    for query, kind in QUERIES:
        targets[f"search “{query}”{kind}"] = ("/search/", {"q": query})
    with override_settings(WAGTAIL_EMULATION_SEARCH_CACHE_SECONDS=0):
        if args.profile:
            profile(client, "/search/", {"q": args.profile}, 20, args.sort)
            return
        counted = {name: queries(client, *target) for name, target in targets.items()}
        samples = interleaved(client, targets, args.rounds, args.seconds)
    print_table(samples, counted, bare="bare Wagtail page")


if __name__ == "__main__":
    main()
