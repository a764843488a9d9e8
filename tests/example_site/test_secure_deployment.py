"""The example site's production settings are secure by default: ``check --deploy`` is clean
with the environment the README documents, plain HTTP is redirected and HTTPS answers carry
HSTS behind the README's nginx (which sets X-Forwarded-Proto), every public page carries the
Content-Security-Policy, and 404/500 pages are Vietnamese."""

import secrets

import pytest
from django.test import Client

from tests.processes import clean_environment, last_json_line, run_python
from wagtail_emulation.errors import ERROR_PAGE_POLICY


def documented_environment(tmp_path, **overrides):
    """The production environment of the README's "Production settings" section."""
    documented = {
        "DJANGO_SETTINGS_MODULE": "example_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "sotuphap.example.gov.vn",
        "CSRF_TRUSTED_ORIGINS": "https://sotuphap.example.gov.vn",
        "TRUSTED_PROXIES": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'portal.sqlite3'}",
        # A port nothing listens on: the checks only read the settings, and the requests
        # below must not share an HTML cache (the fail-open cache stores nothing).
        "REDIS_URL": "redis://127.0.0.1:9/0",
    }
    return clean_environment(**{**documented, **overrides})


def check_deploy(environment):
    """``manage.py check --deploy`` of the example site, failing on any warning."""
    return run_python(
        "example_site/manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env=environment,
        timeout=300,
    )


def test_check_deploy_is_clean_with_the_documented_environment(tmp_path):
    result = check_deploy(documented_environment(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_when_https_is_turned_off(tmp_path):
    """The secure defaults are what keeps the check quiet, not a silenced check."""
    result = check_deploy(documented_environment(tmp_path, HTTPS="0"))
    assert result.returncode != 0
    for check in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert check in result.stderr


# Requests through Django's test client in a production-configured process, as nginx
# forwards them: robots.txt needs no database.
REQUESTS = """
import json
import django
django.setup()
from django.test import Client
client = Client(REMOTE_ADDR="127.0.0.1")
answers = {}
for name, headers in [
    ("plain", {"HTTP_X_FORWARDED_PROTO": "http"}),
    ("tls", {"HTTP_X_FORWARDED_PROTO": "https"}),
]:
    response = client.get("/robots.txt", HTTP_HOST="sotuphap.example.gov.vn", **headers)
    answers[name] = {"status": response.status_code, "headers": dict(response.headers)}
print(json.dumps(answers))
"""


def production_answers(tmp_path, **overrides):
    result = run_python(
        "-c", REQUESTS, env=documented_environment(tmp_path, **overrides), timeout=300
    )
    assert result.returncode == 0, result.stderr
    return last_json_line(result)


def test_behind_the_proxy_http_is_redirected_and_https_carries_hsts(tmp_path):
    answers = production_answers(tmp_path)
    assert answers["plain"]["status"] == 301
    assert answers["plain"]["headers"]["Location"] == "https://sotuphap.example.gov.vn/robots.txt"
    tls = answers["tls"]
    assert tls["status"] == 200
    assert tls["headers"]["Strict-Transport-Security"] == "max-age=31536000"
    assert tls["headers"]["Referrer-Policy"] == "same-origin"
    assert tls["headers"]["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in tls["headers"]["Content-Security-Policy"]


def test_hsts_subdomains_and_preload_are_opt_in(tmp_path):
    answers = production_answers(
        tmp_path, HSTS_SECONDS="600", HSTS_INCLUDE_SUBDOMAINS="1", HSTS_PRELOAD="1"
    )
    assert (
        answers["tls"]["headers"]["Strict-Transport-Security"]
        == "max-age=600; includeSubDomains; preload"
    )


def test_without_a_trusted_proxy_a_forged_scheme_header_is_ignored(tmp_path):
    """Served directly, X-Forwarded-Proto comes from the client: it must not count."""
    answers = production_answers(tmp_path, TRUSTED_PROXIES="")
    assert answers["tls"]["status"] == 301


# --- the Content-Security-Policy (the example's settings, shared by dev, tests, production) ---

POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' https:"
)


def directives(header):
    return sorted(part.strip() for part in header.split(";"))


@pytest.mark.django_db
def test_public_pages_carry_the_strict_policy_and_the_admin_its_own(demo):
    client = Client()
    article = client.get("/tin-tuc/", follow=True)
    assert directives(article.headers["Content-Security-Policy"]) == directives(POLICY)
    admin = client.get("/admin/login/")
    assert "Content-Security-Policy" not in admin.headers


def test_a_missing_address_is_a_vietnamese_404_with_its_own_policy(demo, settings):
    """With DEBUG = False (tests/faults/test_error_pages.py covers 400–503 in depth). The page
    styles itself inline and has no script: its policy allows exactly that."""
    settings.DEBUG = False
    response = Client().get("/khong-co-trang-nay/")
    assert response.status_code == 404
    text = response.content.decode()
    assert '<html lang="vi">' in text
    assert "Không tìm thấy trang" in text
    assert "Page not found" not in text and "Not Found" not in text
    assert response.headers["Content-Security-Policy"] == ERROR_PAGE_POLICY


def test_every_page_turns_off_the_browser_features_the_portal_never_uses(demo):
    for path in ("/", "/tin-tuc/", "/khong-co-trang-nay/"):
        header = Client().get(path, follow=True).headers["Permissions-Policy"]
        policy = dict(part.strip().split("=", 1) for part in header.split(","))
        for feature in ("camera", "microphone", "geolocation", "payment", "browsing-topics"):
            assert policy[feature] == "()", (path, feature)
