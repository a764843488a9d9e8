"""Deployment settings: ``WAGTAIL_EMULATION_<NAME>`` in Django settings.

Each app declares its settings and their defaults as a django-appconf class in its
``conf.py``, and reads them through a :class:`SettingsReader` by their short name; the
README lists them all. Reads are live, so ``override_settings`` works in tests. Django keeps
each setting it has read in ``settings.__dict__`` until a setting changes, so a read costs an
attribute lookup (the beacon reads several).
"""

from appconf import AppConf
from django.conf import settings


class SettingsReader:
    """``reader.CACHE_ALIAS`` reads ``settings.WAGTAIL_EMULATION_CACHE_ALIAS``, whose default
    ``conf_class`` (an ``AppConf``) declared."""

    def __init__(self, conf_class):
        self._names = dict(conf_class._meta.names)

    def __getattr__(self, name):
        try:
            return getattr(settings, self._names[name])
        except KeyError:
            raise AttributeError(f"Unknown wagtail-emulation setting {name}") from None


class EmulationConf(AppConf):
    # Peers whose X-Forwarded-For header is believed (IP addresses or CIDR networks).
    # Empty: REMOTE_ADDR is the reader's address, and forwarded headers are ignored.
    TRUSTED_PROXIES = []
    # Key for the keyed hashes that stand in for readers' IP addresses; SECRET_KEY if unset.
    HASH_KEY = None
    # Cache alias for rate limits, visit buffers and online-now. It must be shared by
    # every app process (Redis, or Django's database cache), never per-process memory
    # in a multi-process deployment.
    CACHE_ALIAS = "default"
    # Give Vietnamese titles ASCII slugs (server side and in the admin's slug field).
    ASCII_SLUGS = True

    class Meta:
        prefix = "wagtail_emulation"


emulation_settings = SettingsReader(EmulationConf)
