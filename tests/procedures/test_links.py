"""The link check: only the management command calls the portals; the admin lists failures."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client, override_settings

from wagtail_emulation.procedures.models import LinkCheck

from .builders import catalogue, procedure

PORT = 9551


class Portal(BaseHTTPRequestHandler):
    """A public-service portal where only codes ending in H13 exist; HEAD is refused."""

    requests = []

    def _answer(self, body):
        self.requests.append((self.command, self.path))
        if self.command == "HEAD":
            self.send_response(405)
        elif self.path.endswith("H13"):
            self.send_response(200)
        else:
            self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self):
        self._answer(False)

    def do_GET(self):
        self._answer(True)

    def log_message(self, *args):
        pass


@pytest.fixture
def portal():
    server = ThreadingHTTPServer(("127.0.0.1", PORT), Portal)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Portal.requests = []
    try:
        yield Portal
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def procedures(db):
    index = catalogue()
    return (
        procedure(index, "1.000893.000.00.00.H13", "Đăng ký khai sinh"),
        procedure(index, "1.000894.000.00.00.H99", "Đăng ký kết hôn"),
    )


PORTAL = {
    "WAGTAIL_EMULATION_PROCEDURES_NATIONAL_PORTAL_URL": f"http://127.0.0.1:{PORT}/tthc/{{code}}",
    "WAGTAIL_EMULATION_PROCEDURES_PROVINCIAL_PORTAL_URL": "",
}


@override_settings(**PORTAL)
def test_rendering_never_calls_the_portal(portal, procedures):
    for page in procedures:
        assert Client().get(page.url).status_code == 200
    assert Client().get(page.get_parent().url).status_code == 200
    assert portal.requests == []


@override_settings(**PORTAL)
def test_the_command_records_broken_links_and_the_report_lists_them(portal, procedures, client):
    out = StringIO()
    call_command("check_procedure_links", "--timeout", "2", stdout=out)
    assert "2 addresses checked, 1 broken." in out.getvalue()
    assert ("GET", "/tthc/1.000893.000.00.00.H13") in portal.requests
    broken = LinkCheck.objects.get(ok=False)
    assert (broken.page_id, broken.status_code) == (procedures[1].pk, 404)
    assert LinkCheck.objects.get(ok=True).page_id == procedures[0].pk

    admin = get_user_model().objects.create_superuser("bientap", "bt@example.com", "pw")
    client.force_login(admin)
    html = client.get(
        "/admin/emulation/procedures/broken-links/", HTTP_ACCEPT_LANGUAGE="vi"
    ).content.decode()
    assert "Đăng ký kết hôn" in html and "HTTP 404" in html
    assert "Đăng ký khai sinh" not in html


@override_settings(**PORTAL)
def test_a_run_is_bounded_and_starts_with_the_oldest_checks(portal, procedures):
    call_command("check_procedure_links", "--limit", "1", stdout=StringIO())
    assert LinkCheck.objects.count() == 1
    first = LinkCheck.objects.get().page_id
    call_command("check_procedure_links", "--limit", "1", stdout=StringIO())
    assert LinkCheck.objects.count() == 2
    assert LinkCheck.objects.exclude(page_id=first).exists()


@override_settings(
    WAGTAIL_EMULATION_PROCEDURES_NATIONAL_PORTAL_URL="http://127.0.0.1:9/closed/{code}"
)
def test_an_unreachable_portal_is_a_broken_link(procedures):
    call_command("check_procedure_links", "--timeout", "1", stdout=StringIO())
    assert LinkCheck.objects.filter(ok=False).count() == 2
    assert all(check.problem for check in LinkCheck.objects.all())
