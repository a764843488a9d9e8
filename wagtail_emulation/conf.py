"""Deployment settings: ``WAGTAIL_EMULATION_<NAME>`` in Django settings.

Each app declares its settings and their defaults as a django-appconf class in its
``conf.py``, and reads them through a :class:`SettingsReader` by their short name; the docs
build lists them all (docs/reference/settings.md) with the comment above each, so every setting
needs one. Reads are live, so ``override_settings`` works in tests. Django keeps each setting it
has read in ``settings.__dict__`` until a setting changes, so a read costs an
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
    # After a cache call fails, leave that cache alone for this many seconds (answer as if
    # it were empty), so a down or hung Redis costs one timeout per interval, not per call.
    CACHE_RETRY_SECONDS = 5
    # Connect and read timeout (seconds) of the package's own Redis clients when the cache's
    # OPTIONS set none.
    REDIS_TIMEOUT = 0.25
    # At most one outage warning per kind and process in this many seconds.
    FAULT_LOG_SECONDS = 60
    # Retry-After (seconds) of the 503 answered while the database is unreachable.
    DATABASE_RETRY_AFTER = 30
    # Give Vietnamese titles ASCII slugs (server side and in the admin's slug field).
    ASCII_SLUGS = True
    # The country (and optional subdivision) whose public holidays the `holidays` package
    # gives to the working-day calendar (Tết by the lunar calendar included). Version 1
    # named them WAGTAIL_EMULATION_COMMENDATIONS_HOLIDAY_*; those names are still read.
    HOLIDAY_COUNTRY = "VN"
    HOLIDAY_SUBDIVISION = None
    # Spreadsheet imports (every admin import): the largest file accepted, in bytes.
    SPREADSHEET_MAX_BYTES = 5 * 1024 * 1024
    # The most rows (under the heading row) one imported file may hold; an import may set
    # a lower cap of its own.
    SPREADSHEET_MAX_ROWS = 10000
    # An XLSX workbook is a ZIP archive: refuse one that unpacks to more than this.
    SPREADSHEET_MAX_UNPACKED_BYTES = 50 * 1024 * 1024
    # A file with more rows, or more bytes, than this is checked and imported by a worker
    # of the task queue (django-tasks), not in the request; the admin shows its progress.
    SPREADSHEET_BACKGROUND_ROWS = 200
    # A file larger than this (or an XLSX whose XML unpacks to more) is not even read in the
    # request: a worker reads, checks and imports it, and the admin shows its refusal there.
    SPREADSHEET_BACKGROUND_BYTES = 512 * 1024
    # Encodings tried, in order, for a CSV file without a byte order mark: UTF-8, then the
    # code page Excel uses on Vietnamese Windows, then the Western one.
    SPREADSHEET_CSV_ENCODINGS = ["utf-8", "cp1258", "cp1252"]

    # The page type ("app_label.Model") of the home page `create_department_site` makes for a
    # new site; None: the type of the default site's home page.
    DEPARTMENT_HOME_PAGE_TYPE = None

    class Meta:
        prefix = "wagtail_emulation"


emulation_settings = SettingsReader(EmulationConf)
