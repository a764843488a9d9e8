"""A database that accepts connections and never answers: readers get the Vietnamese 503
within seconds (the example site's connect timeout), not the app server's English 500 after
its own timeout. Served by gunicorn in a subprocess, with the production settings' database
options, pointed at a listener that never answers."""

import subprocess

import pytest
import requests
from django.test import override_settings

from wagtail_emulation.visits.visitors import beacon_signature

from .live import ROOT, environment, free_port, gunicorn
from .servers import HungServer
from .site_settings import SECRET_KEY as FAULT_TESTS_SECRET_KEY

pytestmark = pytest.mark.slow

# The client gives up after this long: the bound the issue sets (the connect timeout is 3 s).
CLIENT_TIMEOUT = 10
VIETNAMESE_503 = "Cổng thông tin tạm thời không truy cập được dữ liệu"
CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"


@pytest.fixture
def portal_on_a_hung_database(tmp_path):
    with HungServer() as hung:
        port = free_port()
        env = environment(tmp_path / "unused.sqlite3")
        env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:{hung.port}/portal"
        command = [part.format(port=port) for part in gunicorn(workers=1, threads=4)]
        process = subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
            command,
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_listening(url, process)
            yield url, hung
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)


def _wait_until_listening(url, process):
    """Any answer at all (the worker booted); generous, as a busy machine may be slow."""
    for _attempt in range(120):
        if process.poll() is not None:
            raise RuntimeError("gunicorn exited")
        try:
            requests.get(url + "/robots.txt", timeout=60)
            return
        except requests.ConnectionError:
            subprocess.run(["sleep", "0.5"], check=True)  # noqa: S603, S607


@pytest.mark.parametrize(
    "path",
    ["/", "/gioi-thieu/", "/search/?q=thi+dua"],
)
def test_a_page_answers_the_vietnamese_503_within_seconds(portal_on_a_hung_database, path):
    url, hung = portal_on_a_hung_database
    before = hung.connections
    response = requests.get(url + path, timeout=CLIENT_TIMEOUT, headers={"User-Agent": CHROME})
    assert response.status_code == 503
    assert VIETNAMESE_503 in response.text
    assert response.headers["Retry-After"]
    assert hung.connections > before  # it did try the database


def test_a_beacon_answers_503_within_seconds(portal_on_a_hung_database):
    url, _hung = portal_on_a_hung_database
    with override_settings(SECRET_KEY=FAULT_TESTS_SECRET_KEY):  # the server's key signs it
        path = f"/emulation/visits/hit/1/3/{beacon_signature(1, 3)}/"
    response = requests.post(url + path, timeout=CLIENT_TIMEOUT, headers={"User-Agent": CHROME})
    assert response.status_code == 503
    assert response.json()["error"]["message"]
