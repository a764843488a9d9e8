"""Deployment settings, read lazily so ``override_settings`` works in tests.

Every setting is ``WAGTAIL_EMULATION_<NAME>`` in Django settings. Sub-apps declare their own
defaults with :class:`SettingsReader` in their ``conf.py``; the README lists them all.
"""

from django.conf import settings
from django.core.signals import setting_changed

PREFIX = "WAGTAIL_EMULATION_"
_readers = []


class SettingsReader:
    """Attribute access to ``WAGTAIL_EMULATION_*`` settings with per-name defaults.

    Values are remembered until a setting changes (``override_settings`` in tests): a setting
    left at its default costs Django an exception on every read, and the beacon reads several.
    """

    def __init__(self, defaults):
        self._defaults = dict(defaults)
        self._values = {}
        _readers.append(self)

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            pass
        try:
            default = self._defaults[name]
        except KeyError:
            raise AttributeError(f"Unknown wagtail-emulation setting {PREFIX}{name}") from None
        value = self._values[name] = getattr(settings, PREFIX + name, default)
        return value


def _forget_read_values(**kwargs):
    for reader in _readers:
        reader._values.clear()


setting_changed.connect(_forget_read_values, dispatch_uid="wagtail_emulation_settings_reader")


emulation_settings = SettingsReader(
    {
        # Peers whose X-Forwarded-For header is believed (IP addresses or CIDR networks).
        # Empty: REMOTE_ADDR is the reader's address, and forwarded headers are ignored.
        "TRUSTED_PROXIES": [],
        # Key for the keyed hashes that stand in for readers' IP addresses; SECRET_KEY if unset.
        "HASH_KEY": None,
        # Cache alias for rate limits, visit buffers and online-now. It must be shared by
        # every app process (Redis, or Django's database cache), never per-process memory
        # in a multi-process deployment.
        "CACHE_ALIAS": "default",
        # After a cache call fails, leave that cache alone for this many seconds (answer as if
        # it were empty), so a down or hung Redis costs one timeout per interval, not per call.
        "CACHE_RETRY_SECONDS": 5,
        # Connect and read timeout (seconds) of the package's own Redis clients when the cache's
        # OPTIONS set none.
        "REDIS_TIMEOUT": 0.25,
        # At most one outage warning per kind and process in this many seconds.
        "FAULT_LOG_SECONDS": 60,
        # Retry-After (seconds) of the 503 answered while the database is unreachable.
        "DATABASE_RETRY_AFTER": 30,
        # Give Vietnamese titles ASCII slugs (server side and in the admin's slug field).
        "ASCII_SLUGS": True,
    }
)
