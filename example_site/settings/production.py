import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")
CSRF_TRUSTED_ORIGINS = [
    origin for origin in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if origin
]
# Addresses of the reverse proxies in front of the app (nginx, a CDN's edge).
WAGTAIL_EMULATION_TRUSTED_PROXIES = [
    proxy for proxy in os.environ.get("TRUSTED_PROXIES", "").split(",") if proxy
]
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = os.environ.get("HTTPS", "1") == "1"
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage",
    },
}

# HTML cache for anonymous readers (see example_site/portal/html_cache.py and the README's
# "Deploying behind a cache or CDN"). Pages are identical for every anonymous reader, so one
# copy per URL serves all of them; per-reader parts come from /emulation/state/<id>/.
if os.environ.get("HTML_CACHE", "1") == "1":
    # First: a stored page is answered before any other middleware runs.
    MIDDLEWARE = [
        "example_site.portal.html_cache.AnonymousHtmlCacheMiddleware",
        *MIDDLEWARE,  # noqa: F405
    ]
    CACHE_MIDDLEWARE_ALIAS = "default"
    CACHE_MIDDLEWARE_SECONDS = int(os.environ.get("HTML_CACHE_SECONDS", "60"))
    CACHE_MIDDLEWARE_KEY_PREFIX = "html"
    # Each app process also keeps the pages it served last for this long (0 turns it off).
    HTML_CACHE_LOCAL_SECONDS = int(os.environ.get("HTML_CACHE_LOCAL_SECONDS", "2"))
    # A page is kept this long past its lifetime and served when rendering it fails (5xx, e.g.
    # the database is down).
    HTML_CACHE_STALE_SECONDS = int(os.environ.get("HTML_CACHE_STALE_SECONDS", "3600"))

# Logs go to stderr (the process manager or container runtime keeps them): one line each,
# tracebacks of 500s included. LOG_LEVEL=INFO also shows the package's notices.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "line": {
            "format": "%(asctime)s %(levelname)s %(name)s [pid %(process)d] %(message)s",
        },
    },
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "formatter": "line",
        },
    },
    "root": {"handlers": ["stderr"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        # Django's own handlers would also mail ADMINS; the log is where errors are read.
        "django": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
        "wagtail_emulation": {
            "handlers": ["stderr"],
            "level": os.environ.get("LOG_LEVEL", "INFO"),
            "propagate": False,
        },
    },
}
