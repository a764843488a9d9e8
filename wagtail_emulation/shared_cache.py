"""The cache every app process shares, reached so that an unreachable cache never fails a
reader's request: reads fall back to computing the value, writes are skipped and logged.
"""

import logging

from django.core.cache import caches

from .conf import emulation_settings

logger = logging.getLogger(__name__)


def shared_cache():
    """The cache every app process shares (``WAGTAIL_EMULATION_CACHE_ALIAS``)."""
    return caches[emulation_settings.CACHE_ALIAS]


def quietly(operation, what):
    """Run a cache ``operation``; an unreachable cache is logged, never raised to the reader."""
    try:
        return operation()
    except Exception:  # an unreachable cache must not take the page down
        logger.warning("wagtail-emulation: cache unreachable (%s).", what)
        return None


def read_through(key, compute, timeout, what):
    """``compute()``'s value kept in the shared cache under ``key``; computed every time when
    the cache is unreachable. ``compute`` must not return ``None``."""
    try:
        value = shared_cache().get(key)
    except Exception:
        logger.warning("wagtail-emulation: cache unreachable (%s), read without it.", what)
        return compute()
    if value is None:
        value = compute()
        quietly(lambda: shared_cache().set(key, value, timeout), what)
    return value
