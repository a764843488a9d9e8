"""The smallest host site: every app of the package and what it needs, on SQLite.

CI installs the built wheel into a clean virtualenv and runs ``django-admin check`` with these
settings (nothing from this checkout on the path); the docs build imports the package with them
to generate the reference pages.
"""

import os
from pathlib import Path

SECRET_KEY = "minimal-site-not-secret"  # noqa: S105 - a check, never served
DEBUG = False
ALLOWED_HOSTS = ["localhost"]
ROOT_URLCONF = "minimal_urls"

INSTALLED_APPS = [
    "wagtail_emulation",
    "wagtail_emulation.campaigns",
    "wagtail_emulation.news",
    "wagtail_emulation.exemplars",
    "wagtail_emulation.legal_documents",
    "wagtail_emulation.procedures",
    "wagtail_emulation.commendations",
    "wagtail_emulation.ratings",
    "wagtail_emulation.comments",
    "wagtail_emulation.visits",
    "wagtail_emulation.site_search",
    "wagtail_emulation.wagtail_vi",
    "captcha",
    "django_tasks",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "django.contrib.sitemaps",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
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
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]
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
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("MINIMAL_SITE_DB", ":memory:"),
    }
}
STATIC_URL = "/static/"
STATIC_ROOT = Path(__file__).with_name("static")
LANGUAGE_CODE = "vi"
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_SITE_NAME = "Cổng thông tin"
WAGTAILADMIN_BASE_URL = "http://localhost"
# Shared by every process, as the visit statistics need (``createcachetable`` makes it).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "emulation_cache",
    }
}
