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


def env_flag(name, default):
    """A yes/no environment variable: "1", "true", "yes" or "on" is yes, anything else no."""
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}


# HTTPS, secure by default (see the README's "Production settings"). HTTPS=0 only for a
# deployment that is not reachable over HTTPS at all (a closed test network).
HTTPS = env_flag("HTTPS", True)
# Plain-HTTP requests are redirected to HTTPS, and browsers are told to use HTTPS only for
# HSTS_SECONDS (a year; start lower, e.g. 300, while trying HTTPS out: browsers remember it).
SECURE_SSL_REDIRECT = env_flag("SSL_REDIRECT", HTTPS)
SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", "31536000" if HTTPS else "0"))
# Opt-in: these commit every subdomain of the portal's host, and the host's place in the
# browsers' built-in HTTPS-only list, beyond what this application can see or undo. Django's
# deployment checks ask about both; they are silenced below because the README documents
# the choice and leaves it to whoever runs the domain.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_flag("HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS = ["security.W005", "security.W021"]
# Behind a TLS-terminating proxy (the README's nginx) Django sees plain HTTP: it must learn the
# scheme from X-Forwarded-Proto, or the SSL redirect loops and HSTS is never sent. Trust the
# header only when the proxy sets it on every request (overwriting what the client sent) and
# the application cannot be reached except through that proxy: by default, when
# TRUSTED_PROXIES names the proxy.
if env_flag("TRUST_X_FORWARDED_PROTO", bool(WAGTAIL_EMULATION_TRUSTED_PROXIES)):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
# Other sites see no address of the portal's pages (a search query, a comment page).
SECURE_REFERRER_POLICY = os.environ.get("REFERRER_POLICY", "same-origin")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names that module imports follow too: static files may be cached for months.
    "staticfiles": {"BACKEND": "wagtail_emulation.staticfiles.ManifestStaticFilesStorage"},
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

# A cache in front (Varnish with example_site/deploy/varnish/default.vcl, or any cache that
# takes HTTP PURGE): its addresses, comma-separated. Wagtail's frontend cache then sends it a
# PURGE for every address portal/purging.py drops (from the task worker, `manage.py db_worker`).
FRONTEND_CACHE_URLS = [url for url in os.environ.get("FRONTEND_CACHE_URLS", "").split(",") if url]
if FRONTEND_CACHE_URLS:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
    WAGTAILFRONTENDCACHE = {
        f"front{number}": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": url,
        }
        for number, url in enumerate(FRONTEND_CACHE_URLS)
    }

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
