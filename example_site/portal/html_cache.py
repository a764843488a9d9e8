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

Purging. Each path has a version number in the cache, read with the page in one round trip;
a stored page counts only while its version is current. ``purging.py`` (the one place that
purges this cache and the cache in front) bumps the versions of the paths an event changes:
publishing or unpublishing a page those of its path and of its parent's (whose listing
changed), a move those of the old and new addresses. Adding, changing or removing a privacy
restriction bumps the site-wide epoch, read in the same round trip:
every stored page goes, since any of them may link to, list, count or take a status from the
page made private (a related document, a home page list, a campaign's reviews…). A bump
drops the path's copies under every host alias, scheme (a Site on 443 behind a TLS proxy) and
query string at once. Other processes let their local copy go within
``HTML_CACHE_LOCAL_SECONDS``. Everything else expires after ``CACHE_MIDDLEWARE_SECONDS``.

Stale if error. A page is kept ``HTML_CACHE_STALE_SECONDS`` (default an hour) past its
lifetime; when rendering it again fails with a 5xx (the database is down: 503), that copy is
served instead, marked ``Cache-Control: no-cache`` so nothing downstream keeps it. A purged
copy is never served.

Bounded. Only addresses whose query string uses known parameters
(``HTML_CACHE_QUERY_PARAMS``: pagination, listing filters, comment pages) and is at most
``HTML_CACHE_MAX_QUERY_LENGTH`` characters are stored; any other query string is rendered
every time, so random query strings cannot fill Redis.
"""

import functools
import hashlib
import re
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import get_max_age, patch_response_headers

from wagtail_emulation.shared_cache import quietly

# The commas between Cache-Control directives (Django 6.1 no longer has django.utils.cache's).
cc_delim_re = re.compile(r"\s*,\s*")

MIDDLEWARE = "example_site.portal.html_cache.AnonymousHtmlCacheMiddleware"
# What each process keeps: enough for the pages a spike is about, small next to a worker.
LOCAL_MAX_BYTES = 16 * 1024 * 1024
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store"}
# Answers for which a stale copy is better (RFC 5861's stale-if-error).
STALE_IF_ERROR = {500, 502, 503, 504}
# Query parameters the portal's pages read: pagination, the listing filters, comment pages.
QUERY_PARAMS = [
    "page", "status", "form", "year", "stage", "kind", "tag",
    "published_from", "published_to", "binh-luan", "binh-luan-gui",
]  # fmt: skip


def is_enabled():
    return MIDDLEWARE in settings.MIDDLEWARE


def _shared_cache():
    return caches[settings.CACHE_MIDDLEWARE_ALIAS]


def page_key(scheme, host, full_path):
    """One key per page address (host, path and query string)."""
    address = f"{scheme}://{host.lower()}{full_path}"
    digest = hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()
    return f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}.html.{digest}"


def version_key(path):
    """The key of ``path``'s version, whatever the host, scheme or query string."""
    digest = hashlib.md5(path.encode(), usedforsecurity=False).hexdigest()
    return f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}.html.v.{digest}"


def epoch_key():
    """The key of the version every stored page carries besides its path's own."""
    return f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}.html.epoch"


def _stale_seconds():
    return int(getattr(settings, "HTML_CACHE_STALE_SECONDS", 3600))


def _query_is_known(request):
    """True when the address may be stored: no query string, or a short one of known names."""
    query = request.META.get("QUERY_STRING", "")
    if not query:
        return True
    if len(query) > int(getattr(settings, "HTML_CACHE_MAX_QUERY_LENGTH", 200)):
        return False
    allowed = getattr(settings, "HTML_CACHE_QUERY_PARAMS", QUERY_PARAMS)
    return all(name in allowed for name in request.GET)


class LocalPages:
    """The pages this process served last, each for ``seconds``, within ``max_bytes``."""

    def __init__(self, seconds, max_bytes=LOCAL_MAX_BYTES):
        self.seconds = seconds
        self.max_bytes = max_bytes
        self._entries = OrderedDict()  # key → (expires at, stored page, path), oldest first
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

    def put(self, key, page, path=None):
        size = len(page[2])
        if self.seconds <= 0 or size > self.max_bytes:
            return
        with self._lock:
            self._drop(key)
            self._entries[key] = (time.monotonic() + self.seconds, page, path)
            self._bytes += size
            while self._bytes > self.max_bytes:
                self._drop(next(iter(self._entries)))

    def forget(self, key):
        with self._lock:
            self._drop(key)

    def forget_all(self):
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def forget_path(self, path):
        """Drop this process's copies of ``path`` (every host and query string)."""
        with self._lock:
            for key in [key for key, entry in self._entries.items() if entry[2] == path]:
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
        if (
            request.method not in ("GET", "HEAD")
            or not _is_anonymous(request)
            or not _query_is_known(request)
        ):
            return self.get_response(request)
        head = request.method == "HEAD"
        path = request.path
        key = page_key(request.scheme, request.get_host(), request.get_full_path())
        local = local_pages()
        page = local.get(key)
        if page is not None:
            return _as_response(page, head)

        version_name, epoch_name = version_key(path), epoch_key()
        found = quietly(
            lambda: _shared_cache().get_many([key, version_name, epoch_name]),
            "HTML cache",
            alias=settings.CACHE_MIDDLEWARE_ALIAS,
            default={},
        )
        version = (found.get(version_name, 0), found.get(epoch_name, 0))
        stale = None
        entry = found.get(key)
        if entry is not None and entry[0] == version:  # else purged since it was stored
            _version, fresh_until, page = entry
            if time.time() < fresh_until:
                local.put(key, page, path)
                return _as_response(page, head)
            stale = page

        response = self.get_response(request)
        if stale is not None and response.status_code in STALE_IF_ERROR:
            served = _as_response(stale, head)
            served.headers["Cache-Control"] = "no-cache"  # nothing downstream keeps it
            return served
        seconds = _storable(response) if request.method == "GET" else 0
        if seconds > 0:
            patch_response_headers(response, seconds)
            page = (response.status_code, list(response.headers.items()), response.content)
            entry = (version, time.time() + seconds, page)
            quietly(
                lambda: _shared_cache().set(key, entry, seconds + _stale_seconds()),
                "HTML cache",
                alias=settings.CACHE_MIDDLEWARE_ALIAS,
            )
            local.put(key, page, path)
        return response


def purge_paths(paths):
    """Make every stored copy of ``paths`` stale: any host, scheme or query string."""

    def bump(path):
        cache = _shared_cache()
        cache.add(version_key(path), 0, timeout=None)
        cache.incr(version_key(path))

    for path in paths:
        quietly(lambda path=path: bump(path), "HTML cache", alias=settings.CACHE_MIDDLEWARE_ALIAS)
        local_pages().forget_path(path)


def purge_everything():
    """Make every stored page stale, whatever its path (a page became private or public)."""

    def bump():
        cache = _shared_cache()
        cache.add(epoch_key(), 0, timeout=None)
        cache.incr(epoch_key())

    quietly(bump, "HTML cache", alias=settings.CACHE_MIDDLEWARE_ALIAS)
    local_pages().forget_all()


def _served_path(page):
    parts = page.get_url_parts()
    return parts[2] if parts else None


def purge_page(page):
    """Drop the stored copies of ``page`` and of its parent."""
    pages = [page, page.get_parent()]
    purge_paths({path for each in pages if each is not None if (path := _served_path(each))})
