"""The full news article against the bare Wagtail page, in this process: requests/s and the
Redis round trips of one request.

The data of ``make bench`` (``benchmarks/data.py``: the demo portal, 300 news pages, the full
article with 20 comments, 50 ratings and related news, a bare Wagtail page with the same
~8 KB body) on PostgreSQL (``BENCH_DATABASE_URL``; ``--build`` fills that database, which must
exist and be empty, else an earlier ``--build``'s data is used), Redis ``BENCH_REDIS_URL`` as
the shared cache, the benchmark (production) settings with the HTML cache off, Django's test
client. In interleaved rounds it requests each page for a few seconds, with the shared cache
read as shipped and read one by one (no ``ReadPlans`` prefetch, as before it existed); prints
the median requests/s, the median of each round's ratio to the bare page read the same way,
the queries and the Redis round trips of one request in steady state. No server and no load
client. Figures, not tests.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/wt_article_bench \\
    BENCH_REDIS_URL=redis://127.0.0.1:6379/1 \\
    .venv/bin/python benchmarks/article_in_process.py [--build] [--rounds 5] [--seconds 4]
    … benchmarks/article_in_process.py --profile full [--sort tottime]
    … benchmarks/article_in_process.py --trips   # list the Redis commands of each page
    … benchmarks/article_in_process.py --gunicorn [--rounds 6] [--seconds 5]

``--gunicorn`` loads the same four targets over HTTP instead (``harness``: two gunicorn servers
of 2 sync workers, ``wrk``; the "one by one" server is ``benchmarks/one_by_one_wsgi.py``).
"""

import statistics
import sys
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.in_process import arguments, interleaved, profile, queries, start  # noqa: E402


@contextmanager
def redis_trips():
    """Yields a list that gets, for each round trip to Redis (a pipeline or an MGET is one),
    the start of what redis-py wrote to its socket: the command and its first key."""
    from redis.connection import AbstractConnection

    trips, send = [], AbstractConnection.send_packed_command

    def send_packed_command(self, command, *args, **kwargs):
        chunks = [command] if isinstance(command, (bytes, str)) else command
        raw = b"".join(c if isinstance(c, bytes) else c.encode() for c in chunks)
        words = [w for w in raw.split(b"\r\n") if w and w[:1] not in (b"*", b"$")]
        trips.append(b" ".join(words[:2]).decode(errors="replace"))
        return send(self, command, *args, **kwargs)

    with mock.patch.object(AbstractConnection, "send_packed_command", send_packed_command):
        yield trips


@contextmanager
def one_by_one():
    """Fragments read one by one: no route's plan is found."""
    from wagtail_emulation.fragments import plans

    with mock.patch.object(plans, "get", return_value=None):
        yield


@contextmanager
def as_is():
    yield


def trips_of(client, path, how):
    with how():
        client.get(path)  # steady state: what a first render keeps is kept
        with redis_trips() as trips:
            client.get(path)
    return trips


def over_http(targets, rounds, seconds):
    """Requests/s of each target in every round, served by gunicorn: as shipped, and with the
    plans switched off."""
    from benchmarks.harness import gunicorn, requests_per_second

    apps = {
        as_is: "example_site.wsgi:application",
        one_by_one: "benchmarks.one_by_one_wsgi:application",
    }
    with (
        gunicorn("benchmarks.settings", app=apps[as_is]) as shipped,
        gunicorn("benchmarks.settings", app=apps[one_by_one]) as before,
    ):
        urls = {
            name: (shipped if how is as_is else before) + path
            for name, (path, how) in targets.items()
        }
        for url in urls.values():
            requests_per_second(url, 2)  # warm up every worker
        samples = {name: [] for name in targets}
        for _round in range(rounds):
            for name, url in urls.items():
                samples[name].append(requests_per_second(url, int(seconds)))
    return samples


def main():
    parser = arguments(
        __doc__.split("\n\n")[0],
        rounds=5,
        seconds=4,
        choices=("full", "bare"),
        help="cProfile 20 requests",
    )
    parser.add_argument("--build", action="store_true", help="build the data first")
    parser.add_argument("--trips", action="store_true", help="list each page's Redis commands")
    parser.add_argument("--gunicorn", action="store_true", help="load gunicorn servers (wrk)")
    args = parser.parse_args()

    start(flush=True)
    from django.test import Client

    from benchmarks import data
    from benchmarks.bench_site.models import BarePage
    from wagtail_emulation.news.models import NewsPage

    if args.build:
        data.build()
    client = Client(HTTP_HOST="127.0.0.1", HTTP_USER_AGENT="Mozilla/5.0 (bench)")
    bare = BarePage.objects.get(slug="bench-bare").url
    full = NewsPage.objects.get(slug="bench-tin-0").url
    targets = {
        "bare": (bare, as_is),
        "full": (full, as_is),
        "bare, one by one": (bare, one_by_one),
        "full, one by one": (full, one_by_one),
    }
    if args.profile:
        profile(client, targets[args.profile][0], {}, 20, args.sort)
        return
    trips = {name: trips_of(client, *target) for name, target in targets.items()}
    if args.trips:
        for name, found in trips.items():
            print(f"\n{name}: {len(found)} round trips")
            for number, command in enumerate(found, 1):
                print(f"  {number:2} {command[:150]}")
    counted = {name: queries(client, path, {}) for name, (path, _how) in targets.items()}
    if args.gunicorn:
        samples = over_http(targets, args.rounds, args.seconds)
    else:
        around = {name: (path, {}, how) for name, (path, how) in targets.items()}
        samples = interleaved(client, around, args.rounds, args.seconds)
    header = f"{'target':16} {'req/s':>7} {'ms':>6} {'× bare':>7} {'queries':>7} {'Redis':>6}"
    print(f"\n{header}  rounds (req/s; × bare)")
    for name, values in samples.items():
        bares = samples[name.replace("full", "bare")]
        ratios = [value / base for value, base in zip(values, bares, strict=True)]
        median = statistics.median(values)
        print(
            f"{name:16} {median:7.1f} {1000 / median:6.1f} {statistics.median(ratios):7.2f} "
            f"{counted[name]:7} {len(trips[name]):6}  "
            f"{' '.join(f'{v:.1f}' for v in values)}; {' '.join(f'{r:.2f}' for r in ratios)}"
        )


if __name__ == "__main__":
    main()
