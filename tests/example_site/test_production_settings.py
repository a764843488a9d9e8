"""Production settings: errors are logged to stderr, and moderator e-mails leave the reader's
request for a worker (django-tasks' database backend)."""

import os
import subprocess
import sys
from pathlib import Path

from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from wagtail_emulation.comments.models import CommentSettings, ReaderComment
from wagtail_emulation.news.models import NewsPage

from ..comments.conftest import backdated_stamp

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import logging
import django
django.setup()
from django.conf import settings
assert settings.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
try:
    1 / 0
except ZeroDivisionError:
    logging.getLogger("django.request").exception("Internal Server Error: /tin-tuc/")
logging.getLogger("wagtail_emulation.faults").warning("wagtail-emulation: cache unreachable")
"""


def test_production_logs_errors_with_tracebacks_to_stderr():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "example_site.settings.production",
        "SECRET_KEY": "x" * 50,
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(  # noqa: S603 (our interpreter, a fixed script)
        [sys.executable, "-c", SCRIPT],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "ERROR django.request" in result.stderr
    assert "Internal Server Error: /tin-tuc/" in result.stderr
    assert "ZeroDivisionError" in result.stderr  # the traceback
    assert "WARNING wagtail_emulation.faults" in result.stderr


def test_the_moderator_email_is_sent_by_the_worker_not_the_request(
    demo, settings, admin_user, django_capture_on_commit_callbacks, monkeypatch
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    comment_settings = CommentSettings.for_site(demo)
    comment_settings.moderation = True
    comment_settings.save()
    article = NewsPage.objects.live().first()
    url = reverse("wagtail_emulation:comments:page", args=[article.pk])
    data = {
        "name": "Lê Văn Cường",
        "body": "Đề nghị Sở hướng dẫn hồ sơ đề nghị khen thưởng theo chuyên đề.",
        "consent": "on",
        "captcha_0": "abc",
        "captcha_1": "PASSED",
        "started": backdated_stamp(),
        "homepage": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post(url, data)
    assert response.status_code == 302
    assert ReaderComment.objects.filter(status=ReaderComment.Status.PENDING).exists()
    assert mail.outbox == []  # enqueued, not sent while the reader waited
    # The worker closes "old" connections between tasks; inside the test's transaction that
    # would be the test's own connection.
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert len(mail.outbox) == 1
