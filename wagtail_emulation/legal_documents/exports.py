"""The filtered list of documents as a spreadsheet that Excel opens with Vietnamese intact.

CSV is UTF-8 with a byte order mark (without it Excel reads the file in the Windows code page
and the accents break); XLSX stores text as Unicode anyway. The columns are the import's
columns (:data:`~.importing.COLUMNS`), so an export can be edited and imported again.
"""

import csv
import io

from django.http import Http404, HttpResponse
from django.utils import timezone

from .conf import app_settings
from .importing import COLUMNS, document_row
from .listing import filtered_documents

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def export_rows(documents):
    documents = documents.select_related("document_type", "issuer", "legal_field")
    documents = documents.prefetch_related("files__document")
    limit = app_settings.LEGAL_DOCUMENTS_EXPORT_MAX_ROWS
    for document in documents[:limit]:
        yield document_row(document)


def csv_bytes(documents):
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow([str(heading) for _name, heading in COLUMNS])
    writer.writerows(export_rows(documents))
    return "\ufeff".encode() + text.getvalue().encode("utf-8")


def xlsx_bytes(documents):
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title="Van ban")
    sheet.append([str(heading) for _name, heading in COLUMNS])
    for row in export_rows(documents):
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def export_response(index_page, request, file_format):
    if file_format not in CONTENT_TYPES:
        raise Http404
    _form, documents = filtered_documents(index_page, request)
    content = csv_bytes(documents) if file_format == "csv" else xlsx_bytes(documents)
    response = HttpResponse(content, content_type=CONTENT_TYPES[file_format])
    name = f"van-ban-{timezone.localdate():%Y%m%d}.{file_format}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
