"""Spreadsheet files for the tests, as Excel would save them."""

import io

from openpyxl import Workbook


def workbook_bytes(rows):
    """An XLSX workbook whose first sheet holds ``rows`` (the first one is the headings)."""
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
