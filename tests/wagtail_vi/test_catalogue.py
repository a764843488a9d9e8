"""wagtail_vi translates every string of the installed Wagtail, and nothing else.

A Wagtail upgrade that adds or rewords strings fails here; `make wagtail-vi-missing` lists
them (see README, "Vietnamese locale")."""

import io
import subprocess

import pytest

from wagtail_emulation.wagtail_vi import catalogue

BUILD = "python -m wagtail_emulation.wagtail_vi.catalogue build"


@pytest.mark.parametrize("domain", catalogue.DOMAINS)
def test_every_wagtail_string_is_translated(domain):
    left = catalogue.missing(domain)
    assert left == [], (
        f"{len(left)} Wagtail strings of {domain}.po are English in wagtail_vi: "
        "run `make wagtail-vi-missing` and translate them"
    )


@pytest.mark.parametrize("domain", catalogue.DOMAINS)
def test_no_string_wagtail_dropped(domain):
    assert catalogue.stale(domain) == []


@pytest.mark.parametrize("domain", catalogue.DOMAINS)
def test_catalogue_is_valid_and_compiled(domain):
    import polib

    po_file = catalogue.LOCALE_DIR / f"{domain}.po"
    result = subprocess.run(  # noqa: S603
        ["msgfmt", "--check-format", "--statistics", "-o", "/dev/null", str(po_file)],  # noqa: S607
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr
    po = polib.pofile(str(po_file))
    assert po.metadata["Plural-Forms"] == "nplurals=1; plural=0;"
    assert all(list(e.msgstr_plural) == [0] for e in po if e.msgid_plural)
    compiled = po_file.with_suffix(".mo")
    assert compiled.exists() and compiled.stat().st_mtime >= po_file.stat().st_mtime - 1, (
        f"{compiled} is older than its .po: run `{BUILD}`"
    )


def test_javascript_catalogue_is_built_from_djangojs_po():
    assert catalogue.JAVASCRIPT_CATALOGUE.read_text(encoding="utf-8") == (
        catalogue.javascript_catalogue()
    ), f"run `{BUILD}`"


def test_missing_report_lists_untranslated_strings_by_app(monkeypatch):
    monkeypatch.setattr(
        catalogue,
        "missing",
        lambda domain: [("wagtail.images", None, "Focal point")] if domain == "django" else [],
    )
    monkeypatch.setattr(catalogue, "stale", lambda domain: [])
    out = io.StringIO()
    assert catalogue.report_missing(out) == 1
    assert "## wagtail.images (django.po): 1 untranslated\n  'Focal point'" in out.getvalue()


def test_the_vietnamese_admin_loads_the_javascript_catalogue(admin_client):
    from django.contrib.staticfiles import finders

    assert finders.find("wagtail_emulation/wagtail_vi/djangojs.vi.js")
    response = admin_client.get("/admin/")
    assert b"wagtail_vi/djangojs.vi.js" in response.content
    # after Wagtail's own catalogue, so ours wins key by key
    html = response.content.decode()
    assert html.index("/admin/jsi18n/") < html.index("wagtail_vi/djangojs.vi.js")


def test_an_english_admin_gets_no_vietnamese_script(admin_client, admin_user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    response = admin_client.get("/admin/")
    assert b"wagtail_vi/djangojs.vi.js" not in response.content


def test_djangos_strings_the_admin_shows_are_vietnamese_too():
    """Django's own Vietnamese lacks its newer time-span strings ("8 minutes ago" in Wagtail's
    listings) and a few form errors; wagtail_vi carries them, and only those Django leaves
    English."""
    from datetime import timedelta

    from django.contrib.auth.password_validation import MinimumLengthValidator
    from django.core.exceptions import ValidationError
    from django.utils import timezone, translation
    from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple

    assert catalogue.reworded_django() == []
    with translation.override("vi"):
        eight_minutes_ago = timezone.now() - timedelta(minutes=8, seconds=5)
        assert timesince_simple(eight_minutes_ago) == "8\xa0phút trước"
        assert timesince_simple(timezone.now() - timedelta(days=15)) == "2\xa0tuần trước"
        with pytest.raises(ValidationError) as caught:
            MinimumLengthValidator(min_length=12).validate("ngan")
        assert caught.value.messages == [
            "Mật khẩu này quá ngắn. Mật khẩu phải có ít nhất 12 ký tự."
        ]
