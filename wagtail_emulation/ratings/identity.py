"""Who is voting: our random first-party cookie, else a keyed hash of IP + User-Agent.

The cookie wins: two browsers behind one office NAT (same IP, maybe the same User-Agent) carry
different cookies and count as two readers. A request without the cookie is told apart by the
network hash, so a client that refuses cookies cannot vote twice on a page by repeating itself.
Only keyed hashes are stored; the cookie value and the IP address are not.
"""

import re
import secrets
from dataclasses import dataclass

from django.urls import reverse

from ..readers import client_ip, keyed_hash
from .conf import app_settings

# What we issue (secrets.token_urlsafe(32)); anything else in the cookie is ignored.
COOKIE_VALUE = re.compile(r"[A-Za-z0-9_-]{40,64}")


@dataclass(frozen=True)
class Rater:
    browser_key: str | None  # hash of the cookie the request carried, if any
    network_key: str  # hash of IP + User-Agent, always known

    @property
    def rate_limit_identity(self):
        return self.browser_key or self.network_key


def browser_key_for(cookie_value):
    return keyed_hash(cookie_value, purpose="ratings-browser")


def rater_for(request):
    cookie = request.COOKIES.get(app_settings.RATINGS_COOKIE_NAME, "")
    browser_key = browser_key_for(cookie) if COOKIE_VALUE.fullmatch(cookie) else None
    network_key = keyed_hash(
        client_ip(request), request.headers.get("User-Agent", ""), purpose="ratings"
    )
    return Rater(browser_key=browser_key, network_key=network_key)


def new_cookie_value():
    return secrets.token_urlsafe(32)


def cookie_path():
    """The package's URL prefix, so only its endpoints (votes, state) receive the cookie."""
    if app_settings.RATINGS_COOKIE_PATH:
        return app_settings.RATINGS_COOKIE_PATH
    vote_url = reverse("wagtail_emulation:ratings:vote", args=[0])
    state_url = reverse("wagtail_emulation:state", args=[0])
    shared = ""
    for left, right in zip(vote_url, state_url, strict=False):
        if left != right:
            break
        shared += left
    return shared[: shared.rfind("/") + 1] or "/"


def set_rater_cookie(response, request, value):
    response.set_cookie(
        app_settings.RATINGS_COOKIE_NAME,
        value,
        max_age=app_settings.RATINGS_COOKIE_AGE,
        path=cookie_path(),
        secure=request.is_secure(),
        httponly=True,
        samesite="Lax",
    )
