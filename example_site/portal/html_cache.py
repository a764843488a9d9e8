"""An HTML cache for anonymous readers, on Django's cache framework (Redis in production).

Pages of this site are identical for every anonymous reader (no CSRF token, no per-reader
figures, no Vary: Cookie), so one cached copy per URL serves them all. Signed-in editors carry
a session cookie and always get a fresh page. Publishing or unpublishing a page drops the
cached copies of that page and of its parent (whose listing changed); everything else expires
after CACHE_MIDDLEWARE_SECONDS.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils.cache import get_cache_key

UPDATE_MIDDLEWARE = "example_site.portal.html_cache.AnonymousUpdateCacheMiddleware"


def is_enabled():
    return UPDATE_MIDDLEWARE in settings.MIDDLEWARE


def _is_signed_in(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES


class AnonymousUpdateCacheMiddleware(UpdateCacheMiddleware):
    def _should_update_cache(self, request, response):
        return super()._should_update_cache(request, response) and not _is_signed_in(request)


class AnonymousFetchFromCacheMiddleware(FetchFromCacheMiddleware):
    def process_request(self, request):
        if _is_signed_in(request):
            request._cache_update_cache = False
            return None
        return super().process_request(request)


class _PageRequest(HttpRequest):
    """The GET request a reader would make for ``url``: enough to compute its cache key."""

    def __init__(self, url):
        super().__init__()
        parts = urlsplit(url)
        self._url_scheme = parts.scheme
        self.method = "GET"
        self.path = self.path_info = parts.path or "/"
        self.META = {"HTTP_HOST": parts.netloc}

    def _get_scheme(self):
        return self._url_scheme


def purge_page(page):
    """Delete the cached copies of ``page`` and of its parent."""
    cache = caches[settings.CACHE_MIDDLEWARE_ALIAS]
    for each in (page, page.get_parent()):
        url = each.full_url if each is not None else None
        if not url:
            continue
        for method in ("GET", "HEAD"):
            try:
                key = get_cache_key(
                    _PageRequest(url), settings.CACHE_MIDDLEWARE_KEY_PREFIX, method, cache=cache
                )
            except DisallowedHost:
                continue
            if key:
                cache.delete(key)


def purge_on_publish(sender, instance, **kwargs):
    purge_page(instance)
