"""Who is voting: our signed first-party cookie, else a keyed hash of IP + User-Agent.

* The cookie wins: two browsers behind one office NAT (same IP, often the same User-Agent)
  carry different cookies and count as two readers once each has voted.
* Only a cookie we issued counts: its value is signed, so a client cannot make up a new
  reader per vote; any other cookie (CSRF, session, a made-up one) identifies nobody.
* Without our cookie the reader is its network hash: a first vote from it is new, a repeated
  one changes that vote. Two colleagues on one IP with the same browser build, both before
  their first vote, therefore share one vote until each has our cookie.

Only keyed hashes are stored; the cookie value and the IP address are not.
"""

import secrets
from dataclasses import dataclass

from django.core import signing
from django.urls import reverse

from ..client import client_ip, keyed_hash
from ..inputs import user_agent
from .conf import app_settings

COOKIE_SALT = "wagtail_emulation.ratings.rater"
# A signed token_urlsafe(32) is under 100 characters; longer values are not ours.
MAX_COOKIE_LENGTH = 128


@dataclass(frozen=True)
class Rater:
    browser_key: str | None  # hash of our (validly signed) cookie, if the request carried it
    network_key: str  # hash of IP + User-Agent, always known

    @property
    def rate_limit_identity(self):
        return self.browser_key or self.network_key


def browser_key_for(cookie_value):
    return keyed_hash(cookie_value, purpose="ratings-browser")


def _signer():
    return signing.Signer(salt=COOKIE_SALT)


def issued_token(cookie):
    """The random token inside a cookie we signed, else ``None``."""
    if not cookie or len(cookie) > MAX_COOKIE_LENGTH:
        return None
    try:
        return _signer().unsign(cookie)
    except signing.BadSignature:
        return None


def rater_for(request):
    token = issued_token(request.COOKIES.get(app_settings.RATINGS_COOKIE_NAME, ""))
    return Rater(
        browser_key=browser_key_for(token) if token else None,
        network_key=keyed_hash(client_ip(request), user_agent(request), purpose="ratings"),
    )


def new_cookie():
    """(cookie value to send, token whose hash identifies the reader)."""
    token = secrets.token_urlsafe(32)
    return _signer().sign(token), token


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
