"""Test settings: the example portal's apps, SQLite by default, PostgreSQL/Redis from the env.

``DATABASE_URL=postgres://…`` and ``REDIS_URL=redis://…/N`` switch the suite to the real
engines (``.ci/run`` does both). Under pytest-xdist, worker k uses Redis database N + k.
"""

import os

import dj_database_url

from tests.databases import with_templates
from tests.workers import own_redis_url

if os.environ.get("REDIS_URL"):
    # Before the example site reads it; the visits tests' own Redis cache reads it too.
    os.environ["REDIS_URL"] = own_redis_url(os.environ["REDIS_URL"])

from example_site.settings.base import *  # noqa: E402, F403
from example_site.settings.base import PROJECT_DIR  # noqa: E402

# A host site's own page type (tests/testapp), beside the example portal's.
INSTALLED_APPS = ["tests.testapp", *INSTALLED_APPS]  # noqa: F405

SECRET_KEY = "tests-only-secret-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]

DATABASES = {"default": dj_database_url.config(default="sqlite:///:memory:")}
if DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
    # The test database is named after the one given (``<name>_test``, not Django's
    # ``test_<name>``), so runs that share a server keep to their own names' prefix.
    DATABASES["default"]["TEST"] = {"NAME": f"{DATABASES['default']['NAME']}_test"}
# The same engine, its test database copied from a migrated template (tests/databases).
DATABASES["default"] = with_templates(DATABASES["default"])

# CACHES come from the example site's settings: Redis (django-redis) when REDIS_URL is set,
# as the portal deploys it, else local memory. Tests keep their keys apart.
CACHES["default"]["KEY_PREFIX"] = "wagtail_emulation_tests"  # noqa: F405

# django-simple-captcha reads this when it is imported: every answer "PASSED" is right.
CAPTCHA_TEST_MODE = True

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = PROJECT_DIR / "media-tests"
WAGTAILADMIN_BASE_URL = "http://testserver"

# The package's default: no English version. tests/agency/test_english.py and the English
# browser tests switch it on (the english_site fixture).
WAGTAIL_I18N_ENABLED = False
