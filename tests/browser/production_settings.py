"""The example site's production settings as ``test_secure_deployment`` serves them: the
collected static files in ``STATIC_ROOT`` (from the environment) served by path, as the
README's nginx serves them, and no rate limit in the way of the test's reader."""

import os

from example_site.settings.production import *  # noqa: F403

STATIC_ROOT = os.environ["STATIC_ROOT"]
ROOT_URLCONF = "tests.browser.production_urls"
WAGTAIL_EMULATION_VISITS_RATE_LIMIT = 0
