"""Settings for the benchmark servers: the example site's production settings, plus the bare
baseline page type and an empty view (the framework floor). ``HTML_CACHE=1`` turns on the
anonymous HTML cache."""

import os

os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key")
os.environ.setdefault("HTTPS", "0")
# Seeding 100,000 pages runs statements longer than any request should: no statement timeout.
os.environ.setdefault("DATABASE_STATEMENT_TIMEOUT", "0")

from example_site.settings.production import *  # noqa: E402, F403

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = [*INSTALLED_APPS, "benchmarks.bench_site"]  # noqa: F405
ROOT_URLCONF = "benchmarks.urls"
# The load client fetches HTML only; no collected static manifest is needed.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}

# The buffered-beacon server sets this to "buffered" (it needs Redis).
WAGTAIL_EMULATION_VISITS_WRITE_MODE = os.environ.get("BENCH_VISITS_WRITE_MODE", "direct")
# Every load-client request comes from 127.0.0.1: keep the per-reader limits out of the way.
WAGTAIL_EMULATION_VISITS_RATE_LIMIT = 0
WAGTAIL_EMULATION_VISITS_IP_RATE_LIMIT = 0
# The search benchmark serves searches with and without the kept rankings.
WAGTAIL_EMULATION_SEARCH_CACHE_SECONDS = int(os.environ.get("BENCH_SEARCH_CACHE_SECONDS", "300"))
