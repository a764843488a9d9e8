"""The package's settings, its migrations, and how readers are told apart (client address behind
trusted proxies, keyed hashes, rate limits): nothing here needs page content.

Apart from ``test_foundation.py`` so that its tests share the demo content other modules load
(tests/conftest.py) instead of loading it again after these."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import RequestFactory, override_settings

from wagtail_emulation.client import client_ip, keyed_hash
from wagtail_emulation.conf import emulation_settings
from wagtail_emulation.rate_limits import hit_rate_limit


def test_settings_are_read_lazily():
    assert emulation_settings.TRUSTED_PROXIES == []
    with override_settings(WAGTAIL_EMULATION_TRUSTED_PROXIES=["10.0.0.1"]):
        assert emulation_settings.TRUSTED_PROXIES == ["10.0.0.1"]
    with pytest.raises(AttributeError):
        emulation_settings.NO_SUCH_SETTING  # noqa: B018


def test_makemigrations_finds_nothing(db):
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def _request(remote="203.0.113.9", forwarded=None):
    request = RequestFactory().get("/", REMOTE_ADDR=remote)
    if forwarded is not None:
        request.META["HTTP_X_FORWARDED_FOR"] = forwarded
    return request


def test_forwarded_for_is_ignored_from_untrusted_peers():
    assert client_ip(_request("203.0.113.9", forwarded="198.51.100.1")) == "203.0.113.9"


@override_settings(WAGTAIL_EMULATION_TRUSTED_PROXIES=["10.0.0.0/8"])
def test_forwarded_for_is_believed_from_trusted_proxies_only():
    # A client forging the header: the leftmost value is its own invention.
    request = _request("10.0.0.2", forwarded="1.2.3.4, 198.51.100.7, 10.0.0.5")
    assert client_ip(request) == "198.51.100.7"
    assert client_ip(_request("10.0.0.2")) == "10.0.0.2"
    assert client_ip(_request("10.0.0.2", forwarded="not-an-ip")) == "10.0.0.2"


def test_keyed_hashes_differ_by_purpose_and_never_contain_the_ip():
    first = keyed_hash("203.0.113.9", purpose="comments")
    assert first == keyed_hash("203.0.113.9", purpose="comments")
    assert first != keyed_hash("203.0.113.9", purpose="ratings")
    assert "203.0.113.9" not in first and len(first) == 64


def test_rate_limit_counts_every_hit_and_says_when_to_retry():
    results = [hit_rate_limit("test", "reader-1", limit=3, period=60) for _ in range(5)]
    assert results[:3] == [None, None, None]
    assert all(1 <= wait <= 60 for wait in results[3:])
    assert hit_rate_limit("test", "reader-2", limit=3, period=60) is None
