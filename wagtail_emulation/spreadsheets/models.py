"""An import between its upload and its end: the file, the options, the check's outcome.

The file waits here (not in a worker's memory or a temporary folder of one machine) between
the preview and the confirmation, and while a worker of the task queue imports it."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def attachment_path(job, filename):
    return f"wagtail_emulation/imports/{uuid.uuid4().hex}/{filename}"


class ImportJob(models.Model):
    class Status(models.TextChoices):
        CHECKING = "checking", _("being checked")
        CHECKED = "checked", _("checked")
        IMPORTING = "importing", _("being imported")
        DONE = "done", _("imported")
        FAILED = "failed", _("failed")

    importer = models.CharField(_("import"), max_length=200)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), null=True, on_delete=models.SET_NULL
    )
    language = models.CharField(_("language"), max_length=20, default="vi")
    options = models.JSONField(_("options"), default=dict, blank=True)
    file_name = models.CharField(_("file name"), max_length=255)
    content = models.BinaryField(_("content"), default=b"")
    attachment = models.FileField(
        _("attachment"), upload_to=attachment_path, blank=True, max_length=300
    )
    row_count = models.PositiveIntegerField(_("rows"), default=0)
    in_background = models.BooleanField(_("in the background"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CHECKING
    )
    outcome = models.JSONField(_("outcome"), default=dict, blank=True)
    preview = models.JSONField(_("preview"), default=list, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("spreadsheet import")
        verbose_name_plural = _("spreadsheet imports")
        ordering = ["-created_at"]

    def __str__(self):
        return self.file_name
