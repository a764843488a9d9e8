"""Refusing forged cross-site votes while keeping the page HTML free of CSRF tokens.

Two ways in, both checked here:

* **With a token** (our script): the token comes from the state endpoint (``csrfToken``) and is
  sent in ``X-CSRFToken`` (or the ``csrfmiddlewaretoken`` field). Django's own
  ``CsrfViewMiddleware`` checks it, Origin and Referer included.
* **Without a token** (the plain form, JavaScript off): a cached page cannot carry a per-reader
  token, so the browser must prove the post comes from our own pages. ``Sec-Fetch-Site:
  same-origin`` (sent by every current browser, not settable by a page) or, from a browser
  that lacks it, an ``Origin`` equal to this site (or listed in ``CSRF_TRUSTED_ORIGINS``).
  A post with neither header is refused: only non-browser clients send that, and they can
  fetch a token like our script does.
"""

from django.conf import settings
from django.middleware.csrf import CsrfViewMiddleware


def _submitted_token(request):
    return request.headers.get("X-CSRFToken") or request.POST.get("csrfmiddlewaretoken")


def _django_accepts_token(request):
    check = CsrfViewMiddleware(lambda request: None)
    return check.process_view(request, None, (), {}) is None


def _comes_from_our_pages(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        return False
    own_origin = f"{request.scheme}://{request.get_host()}"
    return origin == own_origin or origin in settings.CSRF_TRUSTED_ORIGINS


def is_forged(request):
    """True when the post must be refused as a possible cross-site request forgery."""
    if _submitted_token(request):
        return not _django_accepts_token(request)
    return not _comes_from_our_pages(request)
