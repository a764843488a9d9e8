"""A fresh ``wagtail start`` site set up as the tutorial says, seen in Chromium: the text that is
only for screen readers takes no room on screen (``tests/install/`` checks the rest)."""

import subprocess
import sys
import time

import pytest
import requests

from tests.faults.live import free_port
from tests.install.project import build_project
from tests.processes import clean_environment
from tests.subapps import ROOT


@pytest.fixture
def served_article(tmp_path):
    project, seen = build_project(tmp_path / "site")
    port = free_port()  # of this worker's share of LIVE_TEST_PORTS, as the other live servers
    server = subprocess.Popen(  # noqa: S603 - our interpreter, the new project's manage.py
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=project,
        env=clean_environment(PYTHONPATH=str(ROOT)),  # this checkout's package, as built
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}{seen['path']}"
    try:
        # A loaded machine can take a minute or more to start the server: wait up to three.
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if requests.get(url, timeout=30).status_code == 200:
                    break
            except requests.RequestException:
                time.sleep(0.2)
        else:
            pytest.fail(f"the new project's server did not answer {url} within 180 s")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=15)


@pytest.mark.browser
@pytest.mark.slow  # a wagtail start project built and migrated first
def test_screen_reader_text_takes_no_room_on_screen(page, served_article):
    page.goto(served_article)
    hidden = page.locator(".emulation-visually-hidden")
    assert hidden.count() > 0
    for index in range(hidden.count()):
        box = hidden.nth(index).bounding_box()
        assert box is None or (box["width"] <= 1 and box["height"] <= 1), hidden.nth(index)
    assert page.locator('[data-action="print"]').first.is_visible()  # the reader tools run
