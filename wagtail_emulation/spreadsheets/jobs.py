"""Running an :class:`~.models.ImportJob`: in the request for a small file, on the task
queue for a large one, with its progress in the shared cache.

An import runs in one database transaction, so its progress cannot be read from the database
until it ends; the worker writes the count of rows done to the shared cache instead (when the
cache is down the admin shows "in progress" without the count)."""

import datetime
import io
import logging

from django.db import transaction
from django.utils import timezone, translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from ..conf import emulation_settings
from ..shared_cache import quietly, shared_cache
from .importing import ImportOutcome, SheetImport
from .models import ImportJob
from .reading import SpreadsheetRefused, unpacked_size

logger = logging.getLogger(__name__)
PREVIEW_ROWS = 10
CHECK, IMPORT = "check", "import"


def progress_key(job_id):
    return f"wagtail_emulation:import-progress:{job_id}"


def rows_done(job):
    """How many rows the running job has done, or ``None`` when unknown."""
    return quietly(lambda: shared_cache().get(progress_key(job.pk)), "import progress")


def _report(job_id, count):
    quietly(lambda: shared_cache().set(progress_key(job_id), count, 24 * 3600), "import progress")


def importer_of(job):
    importer_class = import_string(job.importer)
    if not (isinstance(importer_class, type) and issubclass(importer_class, SheetImport)):
        raise TypeError(f"{job.importer} is not a SheetImport")
    return importer_class()


def read_in_worker(upload):
    """Whether even reading ``upload`` is a worker's job: more bytes than
    ``SPREADSHEET_BACKGROUND_BYTES``, or an XLSX whose XML unpacks to more."""
    limit = emulation_settings.SPREADSHEET_BACKGROUND_BYTES
    return (upload.size or 0) > limit or (unpacked_size(upload) or 0) > limit


def runs_in_background(sheet):
    """Whether a sheet read in the request is still checked and imported by a worker."""
    return len(sheet) > emulation_settings.SPREADSHEET_BACKGROUND_ROWS


def forget_old_jobs():
    """Jobs older than a day go, with their files: nobody confirms a preview that old."""
    cutoff = timezone.now() - datetime.timedelta(days=1)
    for job in ImportJob.objects.filter(created_at__lt=cutoff).exclude(attachment=""):
        job.attachment.delete(save=False)
    ImportJob.objects.filter(created_at__lt=cutoff).delete()


def start(job):
    """Check the job's file now, or queue the check."""
    if job.in_background:
        _enqueue(job, CHECK)
    else:
        run(job.pk, CHECK)


def confirm(job):
    """Import a checked job's rows now, or queue the import. False: it was not waiting."""
    if job.outcome.get("errors"):
        return False
    claimed = ImportJob.objects.filter(pk=job.pk, status=ImportJob.Status.CHECKED).update(
        status=ImportJob.Status.IMPORTING
    )
    if not claimed:
        return False
    if job.in_background:
        _enqueue(job, IMPORT)
    else:
        run(job.pk, IMPORT)
    return True


#: The task that runs a job in a worker; by dotted path, as ``tasks`` imports this module.
RUN_IMPORT_JOB = "wagtail_emulation.spreadsheets.tasks.run_import_job"


def _enqueue(job, phase):
    task = import_string(RUN_IMPORT_JOB)
    transaction.on_commit(lambda: task.enqueue(job.pk, phase))


def run(job_id, phase):
    """Check or import the job's rows and record the outcome on it."""
    job = ImportJob.objects.filter(pk=job_id).first()
    if job is None:
        return
    with translation.override(job.language):
        try:
            importer = importer_of(job)
            sheet = importer.read(_named_file(job))
            if job.row_count != len(sheet):  # read first here, in the worker
                job.row_count = len(sheet)
                ImportJob.objects.filter(pk=job.pk).update(row_count=job.row_count)
            _report(job.pk, 0)
            outcome = importer.run(
                job,
                sheet,
                dry_run=phase == CHECK,
                on_progress=lambda count: _report(job.pk, count),
            )
        except SpreadsheetRefused as refusal:
            return _finish(job, ImportJob.Status.FAILED, message=str(refusal))
        except Exception:
            logger.exception("Spreadsheet import %s failed", job.pk)
            return _finish(
                job,
                ImportJob.Status.FAILED,
                message=_("The import stopped on an unexpected error; nothing was imported."),
            )
        if phase == CHECK:
            job.preview = _preview(importer, sheet)
            status = ImportJob.Status.CHECKED
        else:
            status = ImportJob.Status.FAILED if outcome.errors else ImportJob.Status.DONE
        _finish(job, status, outcome=outcome)


def _named_file(job):
    upload = io.BytesIO(bytes(job.content))
    upload.name = job.file_name
    upload.size = len(job.content)
    return upload


def _preview(importer, sheet):
    names = [column.name for column in importer.columns]
    positions = [sheet.headers.index(name) if name in sheet.headers else None for name in names]
    rows = []
    for index in range(min(PREVIEW_ROWS, len(sheet))):
        row = sheet[index]
        cells = ["" if p is None or row[p] is None else str(row[p]) for p in positions]
        rows.append([sheet.line_of(index), cells])
    return rows


def _finish(job, status, outcome=None, message=""):
    job.status = status
    job.outcome = {**(outcome or ImportOutcome()).as_json(), "message": message}
    done = status in (ImportJob.Status.DONE, ImportJob.Status.FAILED)
    if done:
        job.finished_at = timezone.now()
        job.content = b""  # the rows are in the database now, or refused: keep no copy
        if job.attachment:
            job.attachment.delete(save=False)
    job.save()
    quietly(lambda: shared_cache().delete(progress_key(job.pk)), "import progress")
