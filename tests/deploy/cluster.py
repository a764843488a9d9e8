"""Two application servers (gunicorn, the production settings) sharing one PostgreSQL
database and one Redis, a task worker, and Varnish with the shipped configuration in front.

Every process is started here and stopped by its PID. The database and Redis come from
``TWO_SERVERS_DATABASE_URL`` (dropped and created anew) and ``TWO_SERVERS_REDIS_URL``
(emptied); ports from ``TEST_PORTS`` when set, else any free ones.
"""

import json
import re
import subprocess
import sys
import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

import requests

from tests.deploy.varnish import (
    HOST,
    ROOT,
    free_port,
    running_varnish,
    stop,
    wait_until_listening,
)
from tests.processes import clean_environment

SETTINGS = "tests.deploy.settings"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"


@dataclass
class Cluster:
    front: str  # Varnish
    servers: list  # the application servers' base URLs
    env: dict
    database_url: str

    def shell(self, code):
        """Run ``code`` in ``manage.py shell`` (production settings); its last JSON line."""
        result = subprocess.run(  # noqa: S603 - our own interpreter and code
            [sys.executable, "example_site/manage.py", "shell", "--no-imports", "-c", code],
            cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout.strip().splitlines()[-1])

    def sql(self, query, *params):
        import psycopg

        with psycopg.connect(self.database_url) as connection:
            return connection.execute(query, params).fetchall()


def recreate_database(url):
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    assert re.fullmatch(r"\w+", name), name
    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def free_ports(count):
    """``count`` distinct free ports."""
    ports = []
    for _ in range(count):
        ports.append(free_port(exclude=ports))
    return ports


def manage(env, *args):
    subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, "example_site/manage.py", *args],
        cwd=ROOT, env=env, check=True, timeout=600,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL if "--batch" in args else None,
    )  # fmt: skip


@contextmanager
def process(command, env, port=None, quiet=False):
    output = subprocess.DEVNULL if quiet else None
    started = subprocess.Popen(command, cwd=ROOT, env=env, stderr=output)  # noqa: S603
    try:
        if port:
            wait_until_listening(port, started)
        yield started
    finally:
        stop(started)


@contextmanager
def running_cluster(database_url, redis_url):
    import redis

    recreate_database(database_url)
    redis.Redis.from_url(redis_url).flushdb()
    front_port, *server_ports = free_ports(3)
    env = clean_environment(
        DJANGO_SETTINGS_MODULE=SETTINGS,
        SECRET_KEY="two-servers-test-secret-key-" + "x" * 24,
        HTTPS="0",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        ALLOWED_HOSTS=f"{HOST},localhost",
        TRUSTED_PROXIES=HOST,
        PYTHONPATH=str(ROOT),
        LOG_LEVEL="WARNING",
    )
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo")
    manage(env, "ensure_demo_admin")
    # The demo's own tasks (search index, references) done before the servers start.
    manage(env, "db_worker", "--batch", "--no-startup-delay")
    env["FRONTEND_CACHE_URLS"] = f"http://{HOST}:{front_port}"
    with ExitStack() as stack:
        for port in server_ports:
            server = [
                sys.executable, "-m", "gunicorn", "example_site.wsgi:application",
                "--bind", f"{HOST}:{port}", "--workers", "2", "--log-level", "warning",
            ]  # fmt: skip
            stack.enter_context(process(server, env, port))
        front = stack.enter_context(running_varnish(server_ports, port=front_port))
        # The task worker sends the cache in front its PURGE requests.
        worker = [sys.executable, "example_site/manage.py", "db_worker", "--no-startup-delay"]
        stack.enter_context(process(worker, env, quiet=True))  # it logs every task
        yield Cluster(
            front=front,
            servers=[f"http://{HOST}:{port}" for port in server_ports],
            env=env,
            database_url=database_url,
        )


class _Inputs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.values = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("name"):
            self.values.setdefault(attrs["name"], attrs.get("value") or "")


def form_inputs(html):
    """The name → value of every ``<input>`` in ``html`` (the first of each name)."""
    parser = _Inputs()
    parser.feed(html)
    return parser.values


def reader(number):
    """The headers of reader ``number``: its own address (through a trusted proxy) and browser."""
    return {
        "X-Forwarded-For": f"198.51.{100 + number // 250}.{1 + number % 250}",
        # A browser build per reader ("reader/N" would read as a crawler's name).
        "User-Agent": BROWSER.replace("Chrome/131.0", f"Chrome/131.0.{number}"),
    }


def wait_for(check, timeout=60, interval=0.05):
    """Seconds until ``check()`` is true (polling); raises after ``timeout`` seconds."""
    started = time.monotonic()
    while not check():
        if time.monotonic() - started > timeout:
            raise AssertionError(f"not true after {timeout} s: {check.__doc__ or check}")
        time.sleep(interval)
    return time.monotonic() - started


def get(url, **kwargs):
    return requests.get(url, timeout=30, headers={"User-Agent": BROWSER}, **kwargs)
