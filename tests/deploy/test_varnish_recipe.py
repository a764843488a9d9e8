"""The shipped Varnish configuration, before a stand-in application that counts its requests.

What readers get through the cache: one stored copy per page for every anonymous reader,
the admin, per-reader endpoints, editors and POSTs always passed through, the application's
Cache-Control honoured, a PURGE dropping the path under every query string and host, and a
stored copy served when the application fails.
"""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from tests.deploy.varnish import HOST, running_varnish, varnishd

pytestmark = [
    pytest.mark.varnish,
    pytest.mark.skipif(varnishd() is None, reason="varnishd is not installed"),
]


class StandIn(BaseHTTPRequestHandler):
    """Answers ``<n> <method> <path>`` where n counts the requests it got; ``status`` and
    ``cache_control`` of the server change what it answers next."""

    def _answer(self):
        server = self.server
        server.count += 1
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = f"{server.count} {self.command} {self.path} cookie={self.headers.get('Cookie')}"
        self.send_response(server.status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if server.cache_control:
            self.send_header("Cache-Control", server.cache_control)
        self.send_header("Content-Length", str(len(body.encode())))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body.encode())

    do_GET = do_POST = do_HEAD = _answer

    def log_message(self, *args):
        pass


@pytest.fixture
def stand_in():
    server = ThreadingHTTPServer((HOST, 0), StandIn)
    server.count, server.status, server.cache_control = 0, 200, ""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def front(stand_in):
    with running_varnish([stand_in.server_address[1]], default_ttl=60) as url:
        yield url


def get(url, **kwargs):
    return requests.get(url, timeout=10, **kwargs)


def test_anonymous_readers_share_one_copy_whatever_their_cookies(front, stand_in):
    first = get(front + "/tin-tuc/")
    second = get(front + "/tin-tuc/", cookies={"csrftoken": "abc", "emulation_rater": "x"})
    assert first.text == second.text == "1 GET /tin-tuc/ cookie=None"
    assert (first.headers["X-Cache"], second.headers["X-Cache"]) == ("MISS", "HIT")
    assert "X-Portal-Path" not in second.headers
    assert stand_in.count == 1


def test_editors_the_admin_reader_endpoints_and_posts_pass(front, stand_in):
    get(front + "/tin-tuc/")
    editor = get(front + "/tin-tuc/", cookies={"sessionid": "s"})
    assert editor.text.startswith("2 GET /tin-tuc/") and "sessionid=s" in editor.text
    for path in ("/admin/", "/emulation/state/3/", "/documents/1/a.pdf"):
        assert get(front + path).headers["X-Cache"] == "MISS"
        assert get(front + path).headers["X-Cache"] == "MISS"
    posted = requests.post(front + "/tin-tuc/", data={"a": "1"}, timeout=10)
    assert posted.text.startswith("9 POST /tin-tuc/")


def test_the_applications_cache_control_is_honoured(front, stand_in):
    stand_in.cache_control = "no-store"
    get(front + "/trang-rieng/")
    assert get(front + "/trang-rieng/").text.startswith("2 GET")
    stand_in.cache_control = "max-age=1"
    get(front + "/ngan/")
    assert get(front + "/ngan/").headers["X-Cache"] == "HIT"
    time.sleep(12)  # its lifetime (1 s) and the background-refresh window (10 s)
    assert get(front + "/ngan/").headers["X-Cache"] == "MISS"


def test_a_purge_drops_the_path_under_every_query_string_and_host(front, stand_in):
    addresses = [
        (front + "/tin-tuc/", {}),
        (front + "/tin-tuc/?page=2", {}),
        (front + "/tin-tuc/", {"Host": "www.example.vn"}),
        (front + "/gioi-thieu/", {}),
    ]
    for url, headers in addresses:
        get(url, headers=headers)
    purge = requests.request("PURGE", front + "/tin-tuc/", headers={"Host": "x"}, timeout=10)
    assert purge.status_code == 200
    caches = [get(url, headers=headers).headers["X-Cache"] for url, headers in addresses]
    assert caches == ["MISS", "MISS", "MISS", "HIT"]


def test_a_purge_of_everything_drops_every_page_but_keeps_static_files(front, stand_in):
    """``PURGE /*`` (a privacy change): every page under every host and query string goes;
    static files and media, which no page's privacy changes, stay."""
    pages = [
        (front + "/tin-tuc/?page=2", {}),
        (front + "/sitemap.xml", {"Host": "www.example.vn"}),
        (front + "/search/?q=ho+so", {}),
    ]
    assets = [(front + "/static/site.css", {}), (front + "/media/images/a.jpg", {})]
    for url, headers in pages + assets:
        get(url, headers=headers)
    purge = requests.request("PURGE", front + "/*", headers={"Host": "x"}, timeout=10)
    assert purge.status_code == 200
    caches = [get(url, headers=headers).headers["X-Cache"] for url, headers in pages + assets]
    assert caches == ["MISS", "MISS", "MISS", "HIT", "HIT"]


def test_a_stored_copy_is_served_while_the_application_fails(stand_in):
    with running_varnish([stand_in.server_address[1]], default_ttl=1) as front:
        stored = get(front + "/tin-tuc/").text
        stand_in.status = 503
        time.sleep(12)  # past its lifetime and the background-refresh window
        served = get(front + "/tin-tuc/")
        assert (served.status_code, served.text) == (200, stored)
        assert served.headers["X-Cache"] == "STALE"
        assert served.headers["Cache-Control"] == "no-cache"
        # A page never stored gets the application's own error answer.
        never_stored = get(front + "/moi/")
        assert never_stored.status_code == 503 and "GET /moi/" in never_stored.text
        stand_in.status = 200
        time.sleep(0.5)
        # The background refresh after the failure brings the page back.
        for _ in range(20):
            if get(front + "/tin-tuc/").text != stored:
                break
            time.sleep(0.5)
        assert get(front + "/tin-tuc/").text != stored
