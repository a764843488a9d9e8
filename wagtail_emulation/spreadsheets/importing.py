"""Turning a read sheet into objects with django-import-export: all rows or none.

A sub-app describes one kind of import as a :class:`SheetImport` (its columns and its
resource, a :class:`SheetResource`). :meth:`SheetImport.run` checks (``dry_run=True``) or
imports every row in one transaction: one bad row and nothing is saved. Every bad row is
reported with its line in the sheet and what is wrong, in the editor's language.
"""

import logging
import re
from dataclasses import dataclass, field

from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist
from django.db import transaction
from django.utils.translation import gettext as _
from import_export import resources, widgets

from ..conf import emulation_settings
from .reading import read_sheet

logger = logging.getLogger(__name__)


#: A sentence's last character (before any closing quote).
SENTENCE_ENDS = (".", "!", "?", "…")
CLOSING_QUOTES = "”’\"')"


def sentences(texts):
    """Messages from many sources (widgets, the model's rules, Django, import-export) as
    one run of sentences: each ends in exactly one full stop, whether its source wrote none
    or left a separator after it ("…”.;" was shown), and they are joined by a space."""
    ended = []
    for text in texts:
        text = " ".join(str(text).split()).rstrip(" ;,:")
        text = re.sub(r"([.!?…])[.;,]+$", r"\1", text)
        if text and not text.rstrip(CLOSING_QUOTES).endswith(SENTENCE_ENDS):
            text += "."
        if text:
            ended.append(text)
    return " ".join(ended)


@dataclass
class RowError:
    line: int
    messages: list

    def __str__(self):
        return _("Line %(line)s: %(messages)s") % {
            "line": self.line,
            "messages": sentences(self.messages),
        }


@dataclass
class ImportOutcome:
    created: int = 0
    updated: int = 0
    errors: list = field(default_factory=list)

    def as_json(self):
        return {
            "created": self.created,
            "updated": self.updated,
            "errors": [[error.line, error.messages] for error in self.errors],
        }

    @classmethod
    def from_json(cls, data):
        return cls(
            created=data.get("created", 0),
            updated=data.get("updated", 0),
            errors=[RowError(line, messages) for line, messages in data.get("errors", [])],
        )


class SheetResource(resources.ModelResource):
    """The base of every import's resource: it reports its progress every few rows."""

    progress_every = 50

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.on_progress = None
        self.rows_done = 0

    def after_import_row(self, row, row_result, **kwargs):
        super().after_import_row(row, row_result, **kwargs)
        self.rows_done += 1
        if self.on_progress and self.rows_done % self.progress_every == 0:
            self.on_progress(self.rows_done)


class LookupWidget(widgets.ForeignKeyWidget):
    """An object named in a cell (a unit, a title…), looked up once per name and import: a
    sheet names the same few objects on many rows. Subclasses write :meth:`find`, which
    returns the object or raises ``ValueError`` with the message for the editor."""

    #: The message for an empty cell.
    empty_message = ""

    def __init__(self, model, **kwargs):
        super().__init__(model, **kwargs)
        self._answers = {}  # each resource gets its own copy of its fields' widgets

    def clean(self, value, row=None, **kwargs):
        name = " ".join(str(value if value is not None else "").split())
        if not name:
            raise ValueError(str(self.empty_message))
        key = name.casefold()
        if key not in self._answers:
            try:
                self._answers[key] = (self.find(name), None)
            except ValueError as error:
                self._answers[key] = (None, str(error))
        found, error = self._answers[key]
        if error is not None:
            raise ValueError(error)
        return found

    def find(self, name):
        raise NotImplementedError


class SheetImport:
    """One kind of spreadsheet import. Subclasses set ``columns`` (a list of
    :class:`~.reading.Column`) and ``resource_class`` (a :class:`SheetResource`), and build
    the resource from the job's options in :meth:`get_resource`."""

    columns = []
    resource_class = None
    #: Most rows one file may hold; ``None``: ``WAGTAIL_EMULATION_SPREADSHEET_MAX_ROWS``.
    max_rows = None

    def get_resource(self, job):
        return self.resource_class()

    def get_max_rows(self):
        return self.max_rows or emulation_settings.SPREADSHEET_MAX_ROWS

    def read(self, uploaded):
        """The file as a :class:`~.reading.Sheet`, or :class:`~.reading.SpreadsheetRefused`."""
        return read_sheet(uploaded, self.columns, max_rows=self.get_max_rows())

    def run(self, job, sheet, *, dry_run, on_progress=None):
        """Check (``dry_run``) or import every row of ``sheet``: an :class:`ImportOutcome`.
        Nothing stays in the database after a dry run or when any row is wrong."""
        resource = self.get_resource(job)
        resource.on_progress = on_progress
        with transaction.atomic():
            result = resource.import_data(
                sheet,
                dry_run=dry_run,
                raise_errors=False,
                use_transactions=True,
                rollback_on_validation_errors=True,
            )
            errors = self.row_errors(result, sheet, resource)
            if dry_run or errors:
                transaction.set_rollback(True)
        totals = result.totals
        return ImportOutcome(
            created=totals.get("new", 0), updated=totals.get("update", 0), errors=errors
        )

    # --- errors as an editor reads them -------------------------------------------------

    def labels(self, resource):
        """Field or attribute name → the heading of its column."""
        headings = {column.name: str(column.heading) for column in self.columns}
        labels = dict(headings)
        for resource_field in resource.fields.values():
            if resource_field.column_name in headings and resource_field.attribute:
                labels[resource_field.attribute] = headings[resource_field.column_name]
        return labels

    def row_errors(self, result, sheet, resource):
        labels = self.labels(resource)
        model = resource._meta.model
        errors = []
        for invalid in result.invalid_rows:
            messages = []
            for name, field_errors in invalid.error_dict.items():
                texts = [
                    text
                    for error in field_errors
                    for text in getattr(error, "messages", [str(error)])
                ]
                label = None if name == NON_FIELD_ERRORS else labels.get(name)
                if label is None and name != NON_FIELD_ERRORS:
                    label = _verbose_name(model, name)
                messages.append(f"{label}: {sentences(texts)}" if label else sentences(texts))
            errors.append(RowError(sheet.line_of(invalid.number - 1), messages))
        for number, row_errors in result.row_errors():
            messages = []
            for error in row_errors:
                if isinstance(error.error, ValueError):
                    messages.append(str(error.error))
                else:
                    logger.warning("Import row %s failed: %r", number, error.error)
                    messages.append(
                        _("This row could not be saved (%(error)s).")
                        % {"error": type(error.error).__name__}
                    )
            errors.append(RowError(sheet.line_of(number - 1), messages))
        return sorted(errors, key=lambda error: error.line)


def _verbose_name(model, name):
    try:
        return str(model._meta.get_field(name).verbose_name).capitalize()
    except FieldDoesNotExist:
        return name
