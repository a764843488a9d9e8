"""The example portal served by a real server in a subprocess, on a SQLite file, for tests at
the HTTP level: concurrency on the embedded default, a worker killed mid-write."""

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

from tests.workers import own_share

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = "tests.faults.site_settings"
# Two xdist workers never probe the same port. LIVE_TEST_PORTS=9200-9249 gives a run its own
# range (several people testing on one machine).
_FIRST, _LAST = map(int, os.environ.get("LIVE_TEST_PORTS", "8100-8199").split("-"))
PORTS = own_share(range(_FIRST, _LAST + 1))
CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"


def environment(database, settings=SETTINGS):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        DJANGO_SETTINGS_MODULE=settings,
        DATABASE_URL=f"sqlite:///{database}",
        PYTHONPATH=str(ROOT),
    )
    return env


def manage(database, *args, settings=SETTINGS):
    subprocess.run(  # noqa: S603 (our own interpreter and arguments)
        [sys.executable, str(ROOT / "example_site" / "manage.py"), *args],
        env=environment(database, settings),
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        timeout=300,
    )


def build_demo_database(directory):
    """A SQLite file with the migrated schema and the demo content."""
    database = Path(directory) / "demo.sqlite3"
    manage(database, "migrate", "--noinput", "-v0")
    manage(database, "load_demo")
    return database


def copy_database(template, directory):
    target = Path(directory) / "site.sqlite3"
    shutil.copy(template, target)
    return target


def free_port():
    for port in PORTS:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {PORTS}")


class LiveServer:
    """A server process on 127.0.0.1; stopped (by its own PID) on exit."""

    def __init__(self, database, command, settings=SETTINGS):
        self.database = database
        self.settings = settings
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.command = [part.format(port=self.port) for part in command]
        self.process = None

    def __enter__(self):
        # The server's log goes to a file: a pipe nobody reads while the server runs fills
        # after 64 KB, and then every process writing to it blocks mid-request.
        self.log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
            self.command,
            env=environment(self.database, self.settings),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=self.log,
            start_new_session=True,
        )
        # Generous: a shared CI machine may be busy, and the first page warms the process.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(self.log_tail())
            try:
                if requests.get(self.url + "/", timeout=30).status_code == 200:
                    return self
            except (requests.ConnectionError, requests.Timeout):
                pass
            time.sleep(0.2)
        self.__exit__()
        raise RuntimeError("the server did not start within 120 s")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        if exc and exc[0] is not None:  # a failing test shows what the server said
            print(f"--- the server's log ends with:\n{self.log_tail()}", file=sys.stderr)
        self.log.close()

    def log_tail(self, size=3000):
        """The end of what the server wrote to its log (startup errors, tracebacks)."""
        self.log.seek(0)
        return self.log.read().decode(errors="replace")[-size:]

    def worker_pids(self):
        """PIDs of the processes this server's master started (gunicorn's workers)."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]


def runserver():
    """``manage.py runserver`` as ``make demo`` runs it: one process, a thread per request."""
    manage_py = str(ROOT / "example_site" / "manage.py")
    return [sys.executable, manage_py, "runserver", "--noreload", "127.0.0.1:{port}"]


def gunicorn(workers=2, threads=4):
    return [
        sys.executable, "-m", "gunicorn", "example_site.wsgi:application",
        "--bind", "127.0.0.1:{port}", "--workers", str(workers),
        "--worker-class", "gthread", "--threads", str(threads),
        "--timeout", "60", "--graceful-timeout", "5",
    ]  # fmt: skip


def query(database, sql, *params):
    """One row from the site's database, read after the server stopped."""
    with sqlite3.connect(database) as connection:
        return connection.execute(sql, params).fetchone()
