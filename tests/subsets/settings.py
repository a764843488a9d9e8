"""Django settings for one subset of the package's sub-apps: ``EMULATION_SUBSET=news,ratings``.

A host site as ``wagtail start`` makes it (Wagtail's and Django's apps), plus the core, the
listed sub-apps and the companions the README asks for. ``EMULATION_WITHOUT`` drops apps again
(e.g. ``captcha``, to see the system check that asks for it).
"""

import hashlib
import os
from importlib import import_module

import dj_database_url
from django.apps import AppConfig

from tests.databases import with_templates

SUBSET = [name for name in os.environ.get("EMULATION_SUBSET", "").split(",") if name]
WITHOUT = set(filter(None, os.environ.get("EMULATION_WITHOUT", "").split(",")))


def companions(name):
    """What the sub-app's AppConfig says it needs beside it."""
    module = import_module(f"wagtail_emulation.{name}.apps")
    configs = [value for value in vars(module).values() if isinstance(value, type)]
    config = next(c for c in configs if issubclass(c, AppConfig) and c is not AppConfig)
    return list(getattr(config, "companion_apps", ()))


INSTALLED_APPS = [
    "tests.testapp",
    "wagtail_emulation",
    *(f"wagtail_emulation.{name}" for name in SUBSET),
    *(app for name in SUBSET for app in companions(name)),
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]
INSTALLED_APPS = list(dict.fromkeys(app for app in INSTALLED_APPS if app not in WITHOUT))

MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
ROOT_URLCONF = "tests.subsets.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]
DATABASES = {"default": dj_database_url.config(default="sqlite:///:memory:")}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SECRET_KEY = "subset-tests-only"
ALLOWED_HOSTS = ["*"]
LANGUAGE_CODE = "vi"
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
STATIC_URL = "/static/"
WAGTAIL_SITE_NAME = "Sở Tư pháp (thử)"
WAGTAILADMIN_BASE_URL = "http://testserver"
CAPTCHA_TEST_MODE = True
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

if not DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Beside the main suite's test database and the other subsets' (they run at once).
    label = hashlib.sha256(",".join(SUBSET).encode()).hexdigest()[:8]
    DATABASES["default"]["TEST"] = {"NAME": f"test_{DATABASES['default']['NAME']}_{label}"}
# Migrated once per set of migrations, then copied (tests/databases).
DATABASES["default"] = with_templates(DATABASES["default"])
