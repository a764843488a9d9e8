"""Spreadsheet exports of the package's admin reports, readable by Excel as they are.

Excel on Windows opens a CSV file without a byte order mark in the system's ANSI code page
(Windows-1258 on Vietnamese Windows), so UTF-8 Vietnamese comes out garbled ("Báo cáo" →
"BÃ¡o cÃ¡o"). A UTF-8 BOM first makes it read the file as UTF-8; other spreadsheet programs
and Python's ``utf-8-sig`` codec skip it.
"""

UTF8_BOM = "\ufeff"


class ExcelReadableCsvMixin:
    """For a Wagtail ``ReportView`` or other ``SpreadsheetExportMixin`` view: the CSV export
    starts with a UTF-8 BOM and says its charset."""

    def stream_csv(self, queryset):
        yield UTF8_BOM
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response
