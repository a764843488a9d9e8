from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "demo-only-secret-key-do-not-deploy"  # noqa: S105
# The demo is a province: the department (the default site), the provincial portal and a
# second department, each on its own name under .localhost (browsers send it to loopback).
ALLOWED_HOSTS = [
    "127.0.0.1",
    "localhost",
    "sotuphap.localhost",
    "tinh.localhost",
    "sonoivu.localhost",
]
# The demo's e-mails (moderators' notices…) go to files, one per message, not to the
# terminal, where their base64 bodies buried the server's log.
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = PROJECT_DIR / "sent_emails"  # noqa: F405
