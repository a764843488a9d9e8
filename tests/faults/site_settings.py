"""Settings of the example portal as the live fault tests run it (``runserver``/gunicorn in a
subprocess, on a SQLite file): the example site's own database and cache settings, with limits
raised so that hundreds of readers from 127.0.0.1 are all let through."""

from example_site.settings.base import *  # noqa: F403

SECRET_KEY = "fault-tests-secret-key"  # the tests sign comment form stamps with it
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
CAPTCHA_TEST_MODE = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAIL_EMULATION_RATINGS_IP_LIMIT = 1_000_000
WAGTAIL_EMULATION_RATINGS_READER_LIMIT = 1_000_000
WAGTAIL_EMULATION_COMMENTS_RATE_LIMIT_PER_IP = (1_000_000, 600)
WAGTAIL_EMULATION_COMMENTS_RATE_LIMIT_PER_EMAIL = (1_000_000, 600)
WAGTAIL_EMULATION_VISITS_RATE_LIMIT = 0
