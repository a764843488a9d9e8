"""Settings shared by every environment of the demo department portal.

The database and cache come from the environment: ``DATABASE_URL`` (SQLite by default) and
``REDIS_URL`` (local memory by default, which is right for one process only).
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "example_site.portal",
    "wagtail_emulation",
    "wagtail_emulation.campaigns",
    "wagtail_emulation.news",
    "wagtail_emulation.exemplars",
    "wagtail_emulation.legal_documents",
    "wagtail_emulation.procedures",
    "wagtail_emulation.commendations",
    "wagtail_emulation.questions",
    "wagtail_emulation.agency",
    "wagtail_emulation.work_schedule",
    "wagtail_emulation.ratings",
    "wagtail_emulation.comments",
    "wagtail_emulation.consultation",
    "wagtail_emulation.visits",
    "wagtail_emulation.site_search",
    "captcha",
    # Before Wagtail's apps, so its Vietnamese admin strings take precedence over Wagtail's.
    "wagtail_emulation.wagtail_vi",
    "wagtail.contrib.forms",
    # The English version: locales in the admin, and "Translate" on pages and snippets.
    "wagtail.locales",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
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
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
]

MIDDLEWARE = [
    # A view that finds the database unreachable answers a Vietnamese 503 with Retry-After.
    "wagtail_emulation.errors.DatabaseUnavailableMiddleware",
    # /en/… renders in English, everything else in Vietnamese; no Accept-Language, no Vary.
    "wagtail_emulation.languages.UrlLanguageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Browser features no page of the portal uses are off for it and for anything it embeds
# (the Permissions-Policy header, django-permissions-policy): no camera, microphone or
# location prompt, no sensors, payments or USB, no ad-interest tracking. Fullscreen and
# autoplay are left to the browser's defaults, for embedded videos.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "ambient-light-sensor", "bluetooth", "browsing-topics", "camera",
        "display-capture", "geolocation", "gyroscope", "hid", "idle-detection",
        "interest-cohort", "magnetometer", "microphone", "midi", "payment",
        "publickey-credentials-get", "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
    )
}  # fmt: skip

# A strict Content-Security-Policy on every public page, in development and tests as in
# production, so anything that breaks under it shows at once: scripts and stylesheets only
# from the site's own files (no inline <script>, no on…= handlers, no style= attributes;
# JSON-LD and json_script data blocks are not scripts and are allowed), images from the site
# and data: URLs, no plugins, no framing, forms posting only to the site. No nonce, so a page
# stays byte-identical for every reader and a shared cache may keep it. The Wagtail admin
# relies on inline scripts and styles of its own and is left to its own defences.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        # https: too: the website-links box submits to a view that redirects to the chosen
        # site, and browsers apply form-action to where a form submission is redirected.
        "form-action": [SELF, "https:"],
    },
}

ROOT_URLCONF = "example_site.urls"
CSRF_FAILURE_VIEW = "wagtail_emulation.errors.csrf_failure"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "example_site.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{PROJECT_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Many readers voting or commenting at once: WAL lets reads go on beside a write, IMMEDIATE
    # takes the write lock when a transaction starts (a deferred one that reads and then writes
    # fails with "database is locked" instead of waiting), and writers wait their turn up to
    # `timeout` seconds.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        **DATABASES["default"].get("OPTIONS", {}),
    }

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that accepts connections and never answers (hung, overloaded, a network
    # black hole) must not hold a reader until the app server's own timeout and its English
    # "Internal Server Error": connecting gives up after DATABASE_CONNECT_TIMEOUT seconds
    # (libpq's connect_timeout, at least 2) and a statement after DATABASE_STATEMENT_TIMEOUT
    # seconds (PostgreSQL's statement_timeout; 0 turns it off, e.g. for a long migration), and
    # the reader gets the package's Vietnamese 503 (wagtail_emulation.errors). Cached pages are
    # answered before the database is touched. See docs/how-to/production-settings.md.
    statement_ms = int(float(os.environ.get("DATABASE_STATEMENT_TIMEOUT", "10")) * 1000)
    DATABASES["default"]["OPTIONS"] = {
        "connect_timeout": int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3")),
        "options": f"-c statement_timeout={statement_ms}",
        **DATABASES["default"].get("OPTIONS", {}),
    }

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # django-redis keeps one client per process; Django's own RedisCache builds a new client
    # object for every operation (~0.15 ms each), which dominated a cached page's cost.
    # The package's fail-open subclass: with Redis down or hung, pages (Wagtail reads this cache
    # on every {% pageurl %}) are served as if the cache were empty, after one short timeout.
    CACHES = {
        "default": {
            "BACKEND": "wagtail_emulation.redis_cache.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "example_site",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.25},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Moderator e-mails and the visits flush run in a worker (`manage.py db_worker`, started by
# `make demo`), never inside a reader's request. Tests use the immediate backend.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

# The public site's language comes from the address alone: Vietnamese unprefixed, English
# under /en/ (UrlLanguageMiddleware; no LocaleMiddleware), so pages do not vary by
# Accept-Language and one cached copy per address serves everyone. Editors pick the admin's
# language in their Wagtail profile (Vietnamese by default).
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
# The English version (Decree 42/2022 Art. 7(2)): an English locale tree beside the Vietnamese
# one, translated with wagtail.contrib.simple_translation (docs/how-to/english.md).
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Wagtail's login form leaves "Password" untranslatable; wagtail_vi's labels it.
WAGTAILADMIN_USER_LOGIN_FORM = "wagtail_emulation.wagtail_vi.forms.LoginForm"
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [PROJECT_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = PROJECT_DIR / "static_collected"
MEDIA_URL = "/media/"
MEDIA_ROOT = PROJECT_DIR / "media"

WAGTAIL_SITE_NAME = "Sở Tư pháp tỉnh Điện Biên (demo)"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAIL_ENABLE_UPDATE_CHECK = False

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
