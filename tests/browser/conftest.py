"""Playwright for Python driving Debian's Chromium against pytest-django's live server.

Run with ``pytest -m browser``. Nothing is downloaded: the browser is /usr/bin/chromium.
"""

import os
import threading
from contextlib import nullcontext
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
# What the tests' readers say they are. Headless Chromium says "HeadlessChrome", which the
# crawler list matches: reader forms would be served to it without their captcha.
READER_USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"

# Playwright's sync API runs an event loop in this thread; Django's ORM calls made by the
# test itself (fixtures, assertions on the database) are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_configure(config):
    """``--liveserver HOST:FIRST-LAST`` gives each xdist worker its own port of the range
    (worker gwN serves on FIRST + N), so parallel browser runs stay on the ports given to them;
    pytest-django alone would start every worker's server on one port."""
    address = config.getoption("liveserver", None)
    if not address or "-" not in address.rpartition(":")[2]:
        return
    host, _, ports = address.rpartition(":")
    first, last = (int(port) for port in ports.split("-"))
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    if first + worker > last:
        raise pytest.UsageError(f"--liveserver {address}: no port left for worker gw{worker}")
    config.option.liveserver = f"{host}:{first + worker}"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import expect, sync_playwright

    # A page answering a form under a loaded CI machine can take longer than Playwright's 5 s.
    expect.set_options(timeout=20_000)

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                f"--user-agent={READER_USER_AGENT}",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.console_errors = []
    page.on(
        "console",
        lambda message: message.type == "error" and page.console_errors.append(message.text),
    )
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    yield page
    context.close()


@pytest.fixture
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def _demo_snapshots():
    """This worker's copies of the demo, by what it was built under (demo_snapshot.demo_key)."""
    snapshots = {}
    yield snapshots
    for snapshot in snapshots.values():
        snapshot.database.close()


class RequestsInFlight:
    """Counts the requests the live server is answering, so a test's end can wait for them,
    and answers them one at a time where its threads share one database connection.

    The live server's threads share the test's in-memory SQLite connection. Two requests
    using it at once (an admin page and a dashboard panel) deadlocked inside SQLite in CI,
    which hung the run. A request still running when the test ends (a page's state fetch sent
    after its load event, then the context closed) holds a read on a table, and the flush
    after the test fails at once with "database table is locked" (SQLite's shared cache does
    not wait as a file would)."""

    def __init__(self, application, one_at_a_time):
        self.application = application
        self.count = 0
        self.idle = threading.Condition()
        self.turn = threading.Lock() if one_at_a_time else nullcontext()

    def __call__(self, environ, start_response):
        with self.idle:
            self.count += 1
        try:
            with self.turn:
                return self.application(environ, start_response)
        finally:
            with self.idle:
                self.count -= 1
                self.idle.notify_all()

    def wait(self, seconds):
        """True once no request is running; False if one still is after ``seconds``."""
        with self.idle:
            return self.idle.wait_for(lambda: self.count == 0, timeout=seconds)


def requests_in_flight(live_server):
    """The live server's :class:`RequestsInFlight`, put around its application once."""
    server = live_server.thread.httpd
    if not isinstance(server.get_app(), RequestsInFlight):
        shared = bool(live_server.thread.connections_override)
        server.set_app(RequestsInFlight(server.get_app(), one_at_a_time=shared))
    return server.get_app()


@pytest.fixture
def portal(transactional_db, live_server, settings, tmp_path, tmp_path_factory, _demo_snapshots):
    """The demo portal served by the live server; yields its base URL. Each test gets the
    demo as a fresh load leaves it (from this worker's snapshot where one can be kept), and
    its database is flushed only once the server has answered every request sent to it."""
    in_flight = requests_in_flight(live_server)
    yield _serve_demo(live_server, settings, tmp_path, tmp_path_factory, _demo_snapshots)
    if not in_flight.wait(seconds=30):
        pytest.fail("the live server was still answering a request 30 s after the test")


def _serve_demo(live_server, settings, tmp_path, tmp_path_factory, _demo_snapshots):
    from tests.browser import demo_snapshot

    # The demo's pictures on disk, where the live server serves MEDIA_URL from (the test
    # settings keep files in memory, which no browser can fetch).
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    if not demo_snapshot.snapshots_possible():
        settings.MEDIA_ROOT = tmp_path
        demo_snapshot.load_demo(live_server.url)
        return live_server.url

    key = demo_snapshot.demo_key()
    if key not in _demo_snapshots:
        # Loaded into a folder of its own, which no test writes to: each gets a copy.
        settings.MEDIA_ROOT = tmp_path_factory.mktemp("demo-media")
        demo_snapshot.load_demo(live_server.url)
        _demo_snapshots[key] = demo_snapshot.take(settings.MEDIA_ROOT)
    settings.MEDIA_ROOT = tmp_path
    demo_snapshot.restore(_demo_snapshots[key], tmp_path)
    return live_server.url


@pytest.fixture
def english_portal(english_site, portal):
    """The demo portal serving English (its English pages are built with the demo)."""
    return portal


@pytest.fixture
def editor_page(portal, page):
    """``page`` signed in to the Wagtail admin as a superuser whose admin is in Vietnamese."""
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_superuser("bientap", "bientap@example.com", "mat-khau-demo")
    page.goto(portal + "/admin/login/")
    page.fill("#id_username", "bientap")
    page.fill("#id_password", "mat-khau-demo")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(portal + "/admin/")
    yield page
    # Leaving an editor, Wagtail releases its editing session with a beacon; the live server
    # must be done with it before the database is flushed, or SQLite reports "table is locked".
    from wagtail.admin.models import EditingSession

    page.goto("about:blank")
    for _ in range(50):  # at most 5 s
        if not EditingSession.objects.exists():
            break
        page.wait_for_timeout(100)
