"""An HTML cache for anonymous readers, on Django's cache framework (Redis in production).

Pages of this site are identical for every anonymous reader (no CSRF token, no per-reader
figures, no ``Vary`` header), so one stored copy per URL serves them all. Unlike Django's
per-site cache middleware, which needs two cache reads per hit (the URL's list of ``Vary``
headers, then the page) and runs every other middleware first, this one:

* sits first in ``MIDDLEWARE`` and answers a hit before any other middleware runs;
* keeps one entry per URL (responses carrying ``Vary`` are never stored);
* keeps the most recently served pages in each app process for a few seconds
  (``HTML_CACHE_LOCAL_SECONDS``), so a spike on one article costs no cache round trip at all.

An unreachable Redis is logged and the page is rendered as if nothing were stored.
Signed-in editors (a session cookie) and requests with credentials always get a fresh page.
Publishing or unpublishing a page drops the stored copies of that page and of its parent
(whose listing changed) from the shared cache and from this process; other processes let
their local copy go within ``HTML_CACHE_LOCAL_SECONDS``. Everything else expires after
``CACHE_MIDDLEWARE_SECONDS``.
"""

import functools
import hashlib
import threading
import time
from collections import OrderedDict
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, get_max_age, patch_response_headers

from wagtail_emulation.shared_cache import quietly

MIDDLEWARE = "example_site.portal.html_cache.AnonymousHtmlCacheMiddleware"
# What each process keeps: enough for the pages a spike is about, small next to a worker.
LOCAL_MAX_BYTES = 16 * 1024 * 1024
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store"}


def is_enabled():
    return MIDDLEWARE in settings.MIDDLEWARE


def _shared_cache():
    return caches[settings.CACHE_MIDDLEWARE_ALIAS]


def page_key(scheme, host, full_path):
    """One key per page address (host, path and query string)."""
    address = f"{scheme}://{host.lower()}{full_path}"
    digest = hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()
    return f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}.html.{digest}"


class LocalPages:
    """The pages this process served last, each for ``seconds``, within ``max_bytes``."""

    def __init__(self, seconds, max_bytes=LOCAL_MAX_BYTES):
        self.seconds = seconds
        self.max_bytes = max_bytes
        self._entries = OrderedDict()  # key → (expires at, stored page), oldest use first
        self._bytes = 0
        self._lock = threading.Lock()  # threaded workers share the process's tier

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry[0] <= time.monotonic():
                self._drop(key)
                return None
            self._entries.move_to_end(key)
            return entry[1]

    def put(self, key, page):
        size = len(page[2])
        if self.seconds <= 0 or size > self.max_bytes:
            return
        with self._lock:
            self._drop(key)
            self._entries[key] = (time.monotonic() + self.seconds, page)
            self._bytes += size
            while self._bytes > self.max_bytes:
                self._drop(next(iter(self._entries)))

    def forget(self, key):
        with self._lock:
            self._drop(key)

    def _drop(self, key):
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= len(entry[1][2])


@functools.cache
def _local_tier(seconds):
    return LocalPages(seconds)


def local_pages():
    """This process's local tier, for the current ``HTML_CACHE_LOCAL_SECONDS`` (default 2)."""
    return _local_tier(getattr(settings, "HTML_CACHE_LOCAL_SECONDS", 2))


def _is_anonymous(request):
    return (
        settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def _storable(response):
    """How many seconds ``response`` may be kept for everyone, or 0 when it may not."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return 0
    if response.has_header("Vary"):
        return 0
    directives = {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if directives & UNCACHEABLE_DIRECTIVES:
        return 0
    max_age = get_max_age(response)
    return settings.CACHE_MIDDLEWARE_SECONDS if max_age is None else max_age


def _as_response(page, head):
    status, headers, content = page
    response = HttpResponse(b"" if head else content, status=status)
    for name, value in headers:
        response.headers[name] = value
    if head:
        response.headers["Content-Length"] = str(len(content))
    return response


class AnonymousHtmlCacheMiddleware:
    """Serve anonymous GET/HEAD requests from the stored page; store what may be shared."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or not _is_anonymous(request):
            return self.get_response(request)
        key = page_key(request.scheme, request.get_host(), request.get_full_path())
        local = local_pages()
        page = local.get(key)
        if page is None:
            page = quietly(lambda: _shared_cache().get(key), "HTML cache")
            if page is not None:
                local.put(key, page)
        if page is not None:
            return _as_response(page, head=request.method == "HEAD")

        response = self.get_response(request)
        seconds = _storable(response) if request.method == "GET" else 0
        if seconds > 0:
            patch_response_headers(response, seconds)
            page = (response.status_code, list(response.headers.items()), response.content)
            quietly(lambda: _shared_cache().set(key, page, seconds), "HTML cache")
            local.put(key, page)
        return response


def purge_page(page):
    """Drop the stored copies of ``page`` and of its parent."""
    for each in (page, page.get_parent()):
        url = each.full_url if each is not None else None
        if not url:
            continue
        parts = urlsplit(url)
        key = page_key(parts.scheme, parts.netloc, parts.path or "/")
        quietly(lambda key=key: _shared_cache().delete(key), "HTML cache")  # else it expires
        local_pages().forget(key)


def purge_on_publish(sender, instance, **kwargs):
    purge_page(instance)
