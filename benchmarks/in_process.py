"""What the ``*_in_process.py`` benchmarks share: Django's test client requesting pages in
this process (no server, no load client: what the application costs), interleaved rounds, a
profile, and one table of medians against the bare page. Figures, not tests."""

import argparse
import cProfile
import os
import pstats
import statistics
import time
from contextlib import nullcontext

from benchmarks.environment import describe, flush_redis, start_django


def arguments(description, *, rounds=3, seconds=5.0, **profile):
    """A parser with ``--rounds``, ``--seconds``, ``--profile`` (``profile``: its options) and
    ``--sort``; a script adds its own."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--rounds", type=int, default=rounds)
    parser.add_argument("--seconds", type=float, default=seconds)
    parser.add_argument("--profile", **profile)
    parser.add_argument("--sort", default="cumulative", help="the profile's order (tottime…)")
    return parser


def start(*, flush=False):
    """Django set up with the benchmark settings on ``BENCH_DATABASE_URL`` and
    ``BENCH_REDIS_URL`` (default db 9), emptied first with ``flush``; prints both."""
    database_url = os.environ["BENCH_DATABASE_URL"]
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
    start_django(database_url, flush_redis(redis_url) if flush else redis_url)
    print(describe(database_url, redis_url))


def rate(client, path, params, seconds):
    """Requests/s of ``path`` for about ``seconds`` (at least three requests)."""
    done, started = 0, time.perf_counter()
    while done < 3 or time.perf_counter() - started < seconds:
        response = client.get(path, params)
        assert response.status_code == 200, (path, params, response.status_code)
        done += 1
    return done / (time.perf_counter() - started)


def queries(client, path, params):
    """The queries one request of ``path`` runs once its first request has kept what it keeps."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path, params)
    with CaptureQueriesContext(connection) as context:
        client.get(path, params)
    return len(context.captured_queries)


def profile(client, path, params, times, sort):
    """Print a cProfile of ``times`` requests of ``path`` (after one to warm it up)."""
    client.get(path, params)
    profiler = cProfile.Profile()
    for _ in range(times):
        profiler.runcall(client.get, path, params)
    pstats.Stats(profiler).sort_stats(sort).print_stats(45)


def interleaved(client, targets, rounds, seconds):
    """{name: [requests/s of each round]} of ``targets`` ({name: (path, params)} or
    {name: (path, params, context)}, the context entered around each target's requests),
    requested in turn ``rounds`` times for ``seconds`` each."""
    samples = {name: [] for name in targets}
    for _round in range(rounds):
        for name, (path, params, *around) in targets.items():
            with around[0]() if around else nullcontext():
                samples[name].append(rate(client, path, params, seconds))
    return samples


def print_table(samples, counted, bare):
    """One line per target: median requests/s, its ratio to target ``bare``'s median, the
    milliseconds per request, the queries of one request and each round's requests/s."""
    width = max(len(name) for name in samples)
    base = statistics.median(samples[bare])
    print(f"\n{'target':{width}} {'req/s':>7} {'× bare':>7} {'ms':>6} {'queries':>7}   rounds")
    for name, values in samples.items():
        median = statistics.median(values)
        rounds = " ".join(f"{value:.1f}" for value in values)
        print(
            f"{name:{width}} {median:7.1f} {median / base:7.2f} {1000 / median:6.1f} "
            f"{counted[name]:7}   {rounds}"
        )
