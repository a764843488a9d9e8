"""Test settings: the example portal's apps, SQLite by default, PostgreSQL/Redis from the env.

``DATABASE_URL=postgres://…`` and ``REDIS_URL=redis://…/N`` switch the suite to the real
engines (``.ci/run`` does both).
"""

import dj_database_url

from example_site.settings.base import *  # noqa: F403
from example_site.settings.base import PROJECT_DIR

# A host site's own page type (tests/testapp), beside the example portal's.
INSTALLED_APPS = ["tests.testapp", *INSTALLED_APPS]  # noqa: F405

SECRET_KEY = "tests-only-secret-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]

DATABASES = {"default": dj_database_url.config(default="sqlite:///:memory:")}

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
