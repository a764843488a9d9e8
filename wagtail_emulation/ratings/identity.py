"""Who is voting: our random first-party cookie, else a keyed hash of IP + User-Agent.

* The cookie wins: two browsers behind one office NAT (same IP, often the same User-Agent)
  carry different cookies and count as two readers.
* A browser without our cookie that sends other cookies of this site (the CSRF cookie our
  script's state request set, a session…) keeps cookies, so it has never voted: it is a new
  reader and gets a cookie.
* A request with no cookie at all may come from a client that refuses them; it is told apart
  by the network hash, so repeating a vote from it changes that vote instead of adding one.

Only keyed hashes are stored; the cookie value and the IP address are not.
"""

import re
import secrets
from dataclasses import dataclass

from django.urls import reverse

from ..client import client_ip, keyed_hash
from .conf import app_settings

# What we issue (secrets.token_urlsafe(32)); anything else in the cookie is ignored.
COOKIE_VALUE = re.compile(r"[A-Za-z0-9_-]{40,64}")


@dataclass(frozen=True)
class Rater:
    browser_key: str | None  # hash of the cookie the request carried, if any
    network_key: str  # hash of IP + User-Agent, always known
    keeps_cookies: bool  # the request carried some cookie of this site

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
    return Rater(
        browser_key=browser_key, network_key=network_key, keeps_cookies=bool(request.COOKIES)
    )


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
