"""A django-redis cache backend that fails open: with Redis down or hung it behaves as an empty
cache that stores nothing, after at most one short timeout per
``WAGTAIL_EMULATION_CACHE_RETRY_SECONDS``.

Use it as the ``default`` cache when that is Redis: Wagtail itself reads the default cache on
every ``{% pageurl %}`` (``Site.get_site_root_paths``), so a plain django-redis cache makes every
page answer 500 while Redis is down, and wait for the socket timeout on every call while it is
hung. ::

    CACHES = {"default": {"BACKEND": "wagtail_emulation.redis_cache.FailOpenRedisCache",
                          "LOCATION": "redis://127.0.0.1:6379/0"}}

``SOCKET_CONNECT_TIMEOUT`` and ``SOCKET_TIMEOUT`` default to ``WAGTAIL_EMULATION_REDIS_TIMEOUT``
(0.25 s) unless ``OPTIONS`` sets them. Needs ``django-redis`` (the ``redis`` extra).
"""

import functools

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

from .conf import emulation_settings
from .faults import log_fault
from .shared_cache import outage_key, outages

FAILURES = (ConnectionInterrupted, RedisError, OSError)


def _missing_key(*args, **kwargs):
    raise ValueError("The cache is unreachable.")  # what Django's incr/decr raise for a miss


# What each call answers while Redis is unreachable: what an empty cache that stores nothing
# would answer.
FALLBACKS = {
    "get": lambda key, default=None, *args, **kwargs: kwargs.get("default", default),
    "get_many": lambda *args, **kwargs: {},
    "has_key": lambda *args, **kwargs: False,
    "add": lambda *args, **kwargs: False,
    "set": lambda *args, **kwargs: False,
    "touch": lambda *args, **kwargs: False,
    "delete": lambda *args, **kwargs: False,
    "set_many": lambda data, *args, **kwargs: list(data),
    "delete_many": lambda *args, **kwargs: None,
    "incr": _missing_key,
    "decr": _missing_key,
    "clear": lambda *args, **kwargs: None,
}


def _fail_open(name, fallback):
    method = getattr(RedisCache, name)

    @functools.wraps(method)
    def call(self, *args, **kwargs):
        key = outage_key(self)
        if outages.is_down(key):
            return fallback(*args, **kwargs)
        try:
            return method(self, *args, **kwargs)
        except FAILURES:
            outages.trip(key)
            log_fault(f"cache {key}", "Redis unreachable (%s); serving without it.", key)
            return fallback(*args, **kwargs)

    return call


class FailOpenRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        timeout = float(emulation_settings.REDIS_TIMEOUT)
        options.setdefault("SOCKET_CONNECT_TIMEOUT", timeout)
        options.setdefault("SOCKET_TIMEOUT", timeout)
        # Failures must reach the wrappers below (which know the fallback), not be swallowed.
        options["IGNORE_EXCEPTIONS"] = False
        super().__init__(server, {**params, "OPTIONS": options})


for _name, _fallback in FALLBACKS.items():
    setattr(FailOpenRedisCache, _name, _fail_open(_name, _fallback))
