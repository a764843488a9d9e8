"""The filtered list of documents as a spreadsheet, written by the core's writer.

The columns are the import's columns (:data:`~.importing.COLUMNS`), so an export can be
edited and imported again.
"""

from django.http import Http404
from django.utils import timezone

from ..spreadsheets.writing import CONTENT_TYPES, spreadsheet_response
from .conf import app_settings
from .importing import COLUMNS, document_row
from .listing import filtered_documents


def export_rows(documents):
    documents = documents.select_related("document_type", "issuer", "legal_field")
    documents = documents.prefetch_related("files__document")
    limit = app_settings.LEGAL_DOCUMENTS_EXPORT_MAX_ROWS
    for document in documents[:limit]:
        yield document_row(document)


def export_response(index_page, request, file_format):
    if file_format not in CONTENT_TYPES:
        raise Http404
    _form, documents = filtered_documents(index_page, request)
    return spreadsheet_response(
        file_format,
        [str(heading) for _name, heading in COLUMNS],
        export_rows(documents),
        filename=f"van-ban-{timezone.localdate():%Y%m%d}",
    )
