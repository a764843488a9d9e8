"""What a page costs while Redis is down or hung, against Redis up: the example portal on a
SQLite demo database behind gunicorn (2 sync workers, HTML cache off so every request
renders), Redis as its only cache. Figures, not a test.

    .venv/bin/python benchmarks/redis_hung.py [--requests 60]

"Hung" is a socket on 127.0.0.1 that accepts connections and never answers; "down" is a port
nothing listens on. Redis up is ``BENCH_REDIS_URL`` (default db 9 on 127.0.0.1), skipped when
it does not answer. Every request is sequential and bounded by a 30 s client timeout.
"""

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import ROOT, gunicorn  # noqa: E402

SETTINGS = "benchmarks.settings"
PATHS = ["/", "/tin-tuc/", "/gioi-thieu/"]


class HungRedis:
    """Accepts connections on 127.0.0.1 and never answers."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0), backlog=128)
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self.held = []
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while not self.stop.is_set():
            try:
                self.held.append(self.listener.accept()[0])
            except (TimeoutError, OSError):
                continue

    def close(self):
        self.stop.set()
        for conn in self.held:
            conn.close()
        self.listener.close()


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_answers(url):
    try:
        import redis

        return redis.Redis.from_url(url, socket_timeout=1).ping()
    except Exception:
        return False


def build_database(directory):
    database = Path(directory) / "bench.sqlite3"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS, "PYTHONPATH": str(ROOT)}
    env.update(DATABASE_URL=f"sqlite:///{database}", HTML_CACHE="0")
    env.pop("REDIS_URL", None)
    manage = [sys.executable, str(ROOT / "example_site" / "manage.py")]
    for command in (["migrate", "--noinput", "-v0"], ["load_demo"]):
        subprocess.run([*manage, *command], env=env, check=True, stdout=subprocess.DEVNULL)
    return database


def measure(database, redis_url, count):
    env = {"DATABASE_URL": f"sqlite:///{database}", "REDIS_URL": redis_url, "HTML_CACHE": "0"}
    times, statuses = [], []
    with gunicorn(SETTINGS, env=env) as base:
        for number in range(count):
            started = time.perf_counter()
            response = requests.get(base + PATHS[number % len(PATHS)], timeout=30)
            times.append(time.perf_counter() - started)
            statuses.append(response.status_code)
    return times, statuses


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=60)
    args = parser.parse_args()
    redis_up = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
    hung = HungRedis()
    scenarios = [
        ("Redis up", redis_up if redis_answers(redis_up) else None),
        ("Redis hung", f"redis://127.0.0.1:{hung.port}/0"),
        ("Redis down", f"redis://127.0.0.1:{closed_port()}/0"),
    ]
    try:
        with tempfile.TemporaryDirectory() as directory:
            database = build_database(directory)
            print(f"{'':12} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}  statuses")
            for name, url in scenarios:
                if url is None:
                    print(f"{name:12} skipped: {redis_up} does not answer")
                    continue
                times, statuses = measure(database, url, args.requests)
                ms = sorted(t * 1000 for t in times)
                p95 = ms[int(len(ms) * 0.95) - 1]
                counts = {s: statuses.count(s) for s in sorted(set(statuses))}
                print(f"{name:12} {statistics.median(ms):10.1f} {p95:8.1f} {ms[-1]:8.1f}  {counts}")
    finally:
        hung.close()


if __name__ == "__main__":
    main()
