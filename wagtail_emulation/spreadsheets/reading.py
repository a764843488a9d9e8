"""Reading an uploaded CSV or XLSX file into rows keyed by column name, or refusing it.

Everything an editor can upload is refused with a message in their language rather than an
exception: a file that is too large, has too many rows, is not the spreadsheet its name says
(random bytes, a truncated workbook, a CSV renamed ``.xlsx``), or lacks a required column.
CSV files come from Excel in many encodings: UTF-8 with or without a byte order mark, UTF-16
("Unicode text"), and the Windows code page of Vietnamese Windows (1258, whose tone marks are
combining characters, so the text is NFC-normalised) or of Western Windows (1252).
"""

import csv
import io
import unicodedata
import zipfile
from dataclasses import dataclass, field
from itertools import islice

import tablib
from anyascii import anyascii
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import override

from ..conf import emulation_settings

#: Columns after this one are ignored (a sheet formatted to its last column stays cheap).
MAX_COLUMNS = 100
DELIMITERS = (",", ";", "\t")


class SpreadsheetRefused(Exception):
    """The file cannot be imported at all; ``str()`` is the message for the editor."""


@dataclass
class Column:
    """One column of an import: the field ``name`` and the ``heading`` editors type.

    A heading is recognised in any letter case, with or without Vietnamese accents, in
    Vietnamese or English, or as the field name itself, and by any of ``aliases``."""

    name: str
    heading: str
    required: bool = False
    aliases: tuple = field(default_factory=tuple)

    def heading_keys(self):
        found = {heading_key(self.name)}
        for language in ("vi", "en"):
            with override(language):
                found.add(heading_key(str(self.heading)))
        found.update(heading_key(alias) for alias in self.aliases)
        return found


def heading_key(text):
    """What two headings must share to be the same column: letters without accents, case or
    spacing, and without a trailing "*" or ":" that templates use to mark required columns."""
    folded = " ".join(anyascii(str(text or "")).lower().split())
    return folded.rstrip("*: ").strip()


class Sheet(tablib.Dataset):
    """The rows of a sheet under the column names, without empty rows. ``line_numbers[i]``
    is the line of row ``i`` as the spreadsheet numbers it (the heading is line 1)."""

    line_numbers = ()

    def line_of(self, index):
        return self.line_numbers[index]


def read_sheet(uploaded, columns, *, max_rows=None, max_bytes=None):
    """The rows of ``uploaded`` (a Django ``UploadedFile`` or any file object with a ``name``)
    as a :class:`Sheet`, or :class:`SpreadsheetRefused`."""
    max_rows = max_rows or emulation_settings.SPREADSHEET_MAX_ROWS
    max_bytes = check_size(uploaded, max_bytes)
    name = (getattr(uploaded, "name", "") or "").lower()
    content = uploaded.read(max_bytes + 1)
    if len(content) > max_bytes:
        raise _too_large(max_bytes)
    if not content:
        raise SpreadsheetRefused(_("The file is empty."))
    if name.endswith(".xlsx"):
        rows = _xlsx_rows(content, max_rows)
    elif name.endswith((".csv", ".txt")):
        known = {key for column in columns for key in column.heading_keys()}
        rows = _csv_rows(content, max_rows, known)
    elif name.endswith((".xls", ".ods")):
        raise SpreadsheetRefused(
            _("Save the sheet as an Excel workbook (.xlsx) or as CSV, then upload it again.")
        )
    else:
        raise SpreadsheetRefused(_("Upload a .xlsx or .csv file."))
    return _sheet(rows, columns, max_rows)


def check_size(uploaded, max_bytes=None):
    """Refuse a file above the byte cap before reading it; the cap in force."""
    max_bytes = max_bytes or emulation_settings.SPREADSHEET_MAX_BYTES
    size = getattr(uploaded, "size", None)
    if size is not None and size > max_bytes:
        raise _too_large(max_bytes)
    return max_bytes


def unpacked_size(uploaded):
    """What an ``.xlsx`` upload unpacks to (its XML is what parsing costs), without unpacking
    it; ``None`` for another file or one that is not a ZIP archive."""
    if not (getattr(uploaded, "name", "") or "").lower().endswith(".xlsx"):
        return None
    try:
        with zipfile.ZipFile(uploaded) as archive:
            return sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return None
    finally:
        uploaded.seek(0)


def _too_large(max_bytes):
    return SpreadsheetRefused(
        _("The file is larger than %(size)s; split it and import the parts one by one.")
        % {"size": filesizeformat(max_bytes)}
    )


def _too_many_rows(max_rows):
    return SpreadsheetRefused(
        _("The sheet has more than %(count)s rows; split it and import the parts one by one.")
        % {"count": f"{max_rows:,}".replace(",", ".")}
    )


def _not_a_workbook():
    return SpreadsheetRefused(
        _(
            "The file is not an Excel workbook (.xlsx): it may be damaged, cut short or "
            "another kind of file renamed. Open it in Excel and save it as .xlsx or CSV."
        )
    )


# --- XLSX ---------------------------------------------------------------------------------


def _xlsx_rows(content, max_rows):
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        unpacked = sum(info.file_size for info in archive.infolist())
        names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise _not_a_workbook() from error
    if "xl/workbook.xml" not in names:
        raise _not_a_workbook()
    if unpacked > emulation_settings.SPREADSHEET_MAX_UNPACKED_BYTES:
        raise SpreadsheetRefused(
            _("The workbook unpacks to more than %(size)s; split it and import the parts.")
            % {"size": filesizeformat(emulation_settings.SPREADSHEET_MAX_UNPACKED_BYTES)}
        )
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a broken workbook
        raise _not_a_workbook() from error
    try:
        sheet = workbook.worksheets[0]
        # Empty rows count too (a gap of a million rows must not be walked): at most ten
        # times the cap, then the file is refused.
        limit = 10 * max_rows + 100
        rows = []
        for row in sheet.iter_rows(max_row=limit + 1, max_col=MAX_COLUMNS, values_only=True):
            rows.append(list(row))
        if len(rows) > limit:
            raise _too_many_rows(max_rows)
        return rows
    except SpreadsheetRefused:
        raise
    except Exception as error:
        raise _not_a_workbook() from error
    finally:
        workbook.close()


# --- CSV ----------------------------------------------------------------------------------


def decode_csv(content):
    """The text of a CSV file, whichever encoding Excel saved it in."""
    if content.startswith(b"\xef\xbb\xbf"):
        return _decode(content, "utf-8-sig")
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(content, "utf-16")
    if b"\x00" in content:
        raise SpreadsheetRefused(_("The file is not a CSV text file."))
    for encoding in emulation_settings.SPREADSHEET_CSV_ENCODINGS:
        try:
            return unicodedata.normalize("NFC", content.decode(encoding))
        except (UnicodeDecodeError, LookupError):
            continue
    raise SpreadsheetRefused(
        _("The CSV file's characters could not be read; save it as “CSV UTF-8” in Excel.")
    )


def _decode(content, encoding):
    try:
        return unicodedata.normalize("NFC", content.decode(encoding))
    except UnicodeDecodeError as error:
        raise SpreadsheetRefused(
            _("The CSV file's characters could not be read; save it as “CSV UTF-8” in Excel.")
        ) from error


def _delimiter(text, known_headings):
    """``,`` — or ``;``, which Excel writes where the decimal mark is a comma (as in Vietnam),
    or a tab ("Unicode text"): the one that splits the heading line into the most headings
    this import knows, then into the most cells."""
    first_line = text.split("\n", 1)[0][:10000]

    def score(delimiter):
        cells = next(csv.reader([first_line], delimiter=delimiter), [])
        return (sum(heading_key(cell) in known_headings for cell in cells), len(cells))

    return max(DELIMITERS, key=score)


def _csv_rows(content, max_rows, known_headings):
    text = decode_csv(content)
    delimiter = _delimiter(text, known_headings)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    limit = 10 * max_rows + 100
    try:
        rows = [row[:MAX_COLUMNS] for row in islice(reader, limit + 1)]
    except csv.Error as error:
        raise SpreadsheetRefused(
            _("The CSV file is broken near line %(line)s: %(error)s.")
            % {"line": reader.line_num, "error": error}
        ) from error
    if len(rows) > limit:
        raise _too_many_rows(max_rows)
    return rows


# --- rows → sheet -------------------------------------------------------------------------


def _is_empty(row):
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in row)


def _sheet(rows, columns, max_rows):
    if not rows or _is_empty(rows[0]):
        raise SpreadsheetRefused(_("The first row must name the columns."))
    heading_row = list(rows[0])
    while heading_row and _is_empty(heading_row[-1:]):  # columns formatted but unnamed
        heading_row.pop()
    by_key = {}
    for column in columns:
        for key in column.heading_keys():
            by_key.setdefault(key, column.name)
    headers, seen = [], set()
    for position, heading in enumerate(heading_row):
        name = by_key.get(heading_key(heading))
        if name is None or name in seen:  # unknown or repeated: kept, never read
            name = f"{heading or ''}#{position + 1}"
        seen.add(name)
        headers.append(name)
    missing = [
        str(column.heading) for column in columns if column.required and column.name not in seen
    ]
    if missing:
        raise SpreadsheetRefused(
            _("The first row must name the columns; missing: %(columns)s.")
            % {"columns": ", ".join(f"“{heading}”" for heading in missing)}
        )
    width = len(headers)
    sheet = Sheet(headers=headers)
    line_numbers = []
    for line, row in enumerate(rows[1:], start=2):
        if _is_empty(row):
            continue
        if len(line_numbers) >= max_rows:
            raise _too_many_rows(max_rows)
        cells = list(row[:width]) + [None] * (width - len(row))
        sheet.append([cell.strip() if isinstance(cell, str) else cell for cell in cells])
        line_numbers.append(line)
    if not line_numbers:
        raise SpreadsheetRefused(_("The sheet has no rows under its headings."))
    sheet.line_numbers = line_numbers
    return sheet
