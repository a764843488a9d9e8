"""The cache every app process shares, reached so that an unreachable cache never fails a
reader's request: reads fall back to computing the value, writes are skipped and logged.

A failed call marks that cache (by its location) as down for
``WAGTAIL_EMULATION_CACHE_RETRY_SECONDS``; meanwhile calls are not even tried, so a Redis that
accepts connections but never answers costs one timeout per interval, not one per call.
"""

import threading
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import caches
from django.core.signals import setting_changed

from .conf import emulation_settings
from .faults import log_fault


class CacheUnavailable(Exception):
    """The cache is marked down: the call was not tried."""


class Outages:
    """Which caches failed lately, per process (each worker finds out for itself)."""

    def __init__(self):
        self._down_until = {}
        self._lock = threading.Lock()

    def is_down(self, key):
        until = self._down_until.get(key)
        if until is None:
            return False
        if time.monotonic() < until:
            return True
        with self._lock:
            self._down_until.pop(key, None)  # try again (one call pays the timeout)
        return False

    def trip(self, key):
        with self._lock:
            self._down_until[key] = time.monotonic() + float(emulation_settings.CACHE_RETRY_SECONDS)

    def clear(self):
        with self._lock:
            self._down_until.clear()


outages = Outages()


def _forget_outages(**kwargs):
    outages.clear()  # new CACHES (tests): nothing is known to be down


setting_changed.connect(_forget_outages, dispatch_uid="wagtail_emulation_outages")


def outage_key(cache):
    """What identifies a cache server in :data:`outages`: the ``LOCATION`` of its ``CACHES``
    entry (two aliases of one server share it), read from the settings, not the backend's
    private attributes; a cache built outside ``CACHES`` is known by its object."""
    for alias, options in settings.CACHES.items():
        if caches[alias] is cache and options.get("LOCATION"):
            return repr(options["LOCATION"])
    return f"{type(cache).__module__}:{id(cache)}"


def shared_cache():
    """The cache every app process shares (``WAGTAIL_EMULATION_CACHE_ALIAS``)."""
    return caches[emulation_settings.CACHE_ALIAS]


@contextmanager
def guarded(key, what):
    """Run a block of calls to the cache ``key`` names: refused at once (``CacheUnavailable``)
    while it is marked down; any failure marks it down, is logged (rate-limited) and re-raised."""
    if outages.is_down(key):
        raise CacheUnavailable(what)
    try:
        yield
    except CacheUnavailable:
        raise
    except Exception:
        outages.trip(key)
        log_fault(f"cache {key}", "cache unreachable (%s).", what)
        raise


def quietly(operation, what, alias=None, default=None):
    """Run a cache ``operation``; an unreachable cache is logged, never raised to the reader.

    ``alias`` names the cache the operation uses (the shared cache if ``None``), so a cache
    that just failed is not tried again for a while."""
    key = outage_key(caches[alias or emulation_settings.CACHE_ALIAS])
    try:
        with guarded(key, what):
            return operation()
    except Exception:  # an unreachable cache must not take the page down
        return default


def read_through(key, compute, timeout, what):
    """``compute()``'s value kept in the shared cache under ``key``; computed every time when
    the cache is unreachable. ``compute`` must not return ``None``."""
    value = quietly(lambda: shared_cache().get(key), what)
    if value is None:
        value = compute_and_keep(key, compute, timeout, what)
    return value


def compute_and_keep(key, compute, timeout, what):
    """``compute()``'s value, kept in the shared cache under ``key`` (when it is reachable)."""
    value = compute()
    quietly(lambda: shared_cache().set(key, value, timeout), what)
    return value
