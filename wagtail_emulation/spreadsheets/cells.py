"""Widgets for the cells every import reads the same way: text and day-first dates.

Editors type a sheet by hand or export it from another system, so a cell may hold stray
spaces and line breaks, and a date may be text ("25/5/2023") or a spreadsheet date cell.
"""

import datetime

from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from import_export import widgets

DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d")


def day_first(day):
    """How exports write a date: 05/06/2023, as editors type it back."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def _empty_cell():
    return ValueError(_("This column must not be empty."))


class TextCell(widgets.CharWidget):
    """Text with its white space folded to single spaces (``lines=True`` keeps line breaks)."""

    def __init__(self, required=False, max_length=None, lines=False):
        super().__init__()
        self.required, self.max_length, self.lines = required, max_length, lines

    def clean(self, value, row=None, **kwargs):
        text = str(value if value is not None else "").strip()
        if not self.lines:
            text = " ".join(text.split())
        if self.required and not text:
            raise _empty_cell()
        if self.max_length and len(text) > self.max_length:
            raise ValueError(
                _("At most %(count)s characters, not %(length)s.")
                % {"count": self.max_length, "length": len(text)}
            )
        return text


class DateCell(widgets.Widget):
    """A date written day first (25/5/2023), or a date cell of a spreadsheet."""

    def __init__(self, required=False):
        super().__init__()
        self.required = required

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        text = str(value if value is not None else "").strip()
        if not text:
            if self.required:
                raise _empty_cell()
            return None
        for date_format in DATE_FORMATS:
            try:
                return datetime.datetime.strptime(text, date_format).date()
            except ValueError:
                continue
        raise ValueError(
            pgettext(
                "spreadsheet cell",
                "“%(value)s” is not a date: write it as day/month/year, e.g. 25/5/2023.",
            )
            % {"value": text}
        )

    def render(self, value, obj=None, **kwargs):
        return day_first(value)
