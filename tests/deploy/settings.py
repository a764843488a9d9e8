"""The example site's production settings as the two-server test runs them: no collected
static manifest (the test fetches HTML only) and comment forms that may be sent at once."""

from example_site.settings.production import *  # noqa: F403

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# A person takes seconds to write a comment; the test's readers do not wait.
WAGTAIL_EMULATION_COMMENTS_MIN_FILL_SECONDS = 0
