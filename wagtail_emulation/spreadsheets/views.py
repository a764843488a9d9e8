"""The admin import screen every import uses: upload, preview (a dry run), confirm.

1. The editor uploads a file (and the import's options, e.g. the round or the library).
   A file that cannot be read is refused on the form, in the editor's language.
2. Every row is checked in a transaction that is rolled back, and the screen shows the first
   rows as read, how many objects would be added and updated, and each bad row with its line.
3. Only a file without errors can be confirmed; it is imported in one transaction.

A large file (``WAGTAIL_EMULATION_SPREADSHEET_BACKGROUND_ROWS`` / ``_BYTES``) is checked and
imported by a worker of the task queue; the screen shows its progress and refreshes itself.
"""

import re

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import jobs
from .models import ImportJob
from .reading import SpreadsheetRefused, check_size


class SpreadsheetImportForm(forms.Form):
    """The file field; an import's own form adds its options (choices of models, …)."""

    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy("A .xlsx or .csv file whose first row names the columns."),
    )


class SpreadsheetImportView(WagtailAdminTemplateMixin, FormView):
    """Base of every admin import. Set ``importer_class`` (a
    :class:`~.importing.SheetImport`), ``form_class`` (a :class:`SpreadsheetImportForm`),
    ``page_title``, and override :meth:`has_permission` and :meth:`get_success_url`."""

    importer_class = None
    form_class = SpreadsheetImportForm
    template_name = "wagtail_emulation/spreadsheets/import.html"
    header_icon = "upload"
    #: A paragraph above the form (what a row is, what happens to rows already there).
    intro = ""
    #: The name of a second file field whose file the rows need (e.g. a ZIP of documents).
    attachment_field = None
    #: Seconds between two refreshes of the progress screen.
    refresh_seconds = 2

    def has_permission(self, request):
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        if not self.has_permission(request):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def importer(self):
        return self.importer_class()

    def get_import_options(self, form):
        """The form's choices as JSON for the job (a model instance by its primary key)."""
        options = {}
        for name, value in form.cleaned_data.items():
            if name == "file" or name == self.attachment_field:
                continue
            options[name] = value.pk if isinstance(value, models.Model) else value
        return options

    # --- the job the URL names ---------------------------------------------------------

    @cached_property
    def job(self):
        job_id = self.request.GET.get("job") or self.request.POST.get("job")
        if job_id is None:
            return None
        if not re.fullmatch(r"[0-9]{1,18}", job_id):  # ASCII digits: "²".isdigit() too
            raise Http404
        job = ImportJob.objects.filter(
            pk=int(job_id), user=self.request.user, importer=self.importer_path
        ).first()
        if job is None:
            raise Http404
        return job

    @property
    def importer_path(self):
        return f"{self.importer_class.__module__}.{self.importer_class.__qualname__}"

    def job_url(self, job):
        return f"{self.request.path}?job={job.pk}"

    # --- steps ---------------------------------------------------------------------------

    def post(self, request, *args, **kwargs):
        if self.job is not None:
            return self.confirm(self.job)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        try:
            check_size(upload)
            # A file too large to read in a request is read, checked and refused by a worker.
            sheet = None if jobs.read_in_worker(upload) else self.importer.read(upload)
        except SpreadsheetRefused as refusal:
            form.add_error("file", str(refusal))
            return self.form_invalid(form)
        upload.seek(0)
        jobs.forget_old_jobs()
        job = ImportJob.objects.create(
            importer=self.importer_path,
            user=self.request.user,
            language=get_language() or "vi",
            options=self.get_import_options(form),
            file_name=upload.name[:255],
            content=upload.read(),
            row_count=0 if sheet is None else len(sheet),
            in_background=sheet is None or jobs.runs_in_background(sheet),
        )
        attachment = form.cleaned_data.get(self.attachment_field) if self.attachment_field else None
        if attachment:
            job.attachment.save(attachment.name, attachment, save=True)
        jobs.start(job)
        return redirect(self.job_url(job))

    def confirm(self, job):
        if not jobs.confirm(job):
            return redirect(self.job_url(job))
        job.refresh_from_db()
        if job.status == ImportJob.Status.DONE and not job.in_background:
            messages.success(self.request, self.success_message(job))
            return redirect(self.get_success_url())
        return redirect(self.job_url(job))

    def success_message(self, job):
        return _("Imported from “%(file)s”: %(created)s new, %(updated)s updated.") % {
            "file": job.file_name,
            "created": job.outcome.get("created", 0),
            "updated": job.outcome.get("updated", 0),
        }

    def get(self, request, *args, **kwargs):
        if self.job is not None:
            return self.render_to_response(self.get_context_data(job=self.job))
        return super().get(request, *args, **kwargs)

    # --- screen --------------------------------------------------------------------------

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        job = kwargs.get("job")
        context["columns"] = self.importer.columns
        context["intro"] = self.intro
        if job is not None:
            context.pop("form", None)
            outcome = jobs.ImportOutcome.from_json(job.outcome)
            running = job.status in (ImportJob.Status.CHECKING, ImportJob.Status.IMPORTING)
            context.update(
                job=job,
                outcome=outcome,
                message=job.outcome.get("message", ""),
                running=running,
                rows_done=jobs.rows_done(job) if running else None,
                refresh_seconds=self.refresh_seconds,
                start_again_url=self.request.path,
                success_url=self.get_success_url(),
            )
        return context
