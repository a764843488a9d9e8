"""The library page and a document page cost the same number of queries at any size."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail_emulation.legal_documents.models import (
    DocumentType,
    Issuer,
    LegalDocumentPage,
    LegalDocumentRelation,
    RelationKind,
)

from .builders import document, library
from .bulk import bulk_documents

# What a reader's requests cost, whatever the number of documents.
LIBRARY_QUERIES = 16
FILTERED_QUERIES = 17
DOCUMENT_QUERIES = 19


def queries(client, path, data=None):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, data)
    assert response.status_code == 200
    return len(captured)


@pytest.fixture
def counted(client, db):
    index = library(per_page=20)
    bulk_documents(index, 100)
    amended = document(index, "15/2023/QĐ-UBND", issued=date(2023, 5, 12))
    amending = document(index, "04/2025/QĐ-UBND", issued=date(2025, 3, 10))
    amending.relations.add(
        LegalDocumentRelation(
            kind=RelationKind.objects.get(name="Sửa đổi, bổ sung"), target=amended
        )
    )
    amending.save_revision().publish()
    filters = {
        "type": DocumentType.objects.get(name="Quyết định").pk,
        "issuer": Issuer.objects.get(name="Sở Tư pháp").pk,
        "year": 2023,
        "status": "partly-expired",
        "number": "15",
        "text": "ve viec",
    }

    requests = [
        (index.url, None),
        (index.url, filters),
        (index.url, {"page": 3, "sort": "number"}),
        (amended.url, None),
    ]

    def measure():
        # Warm the site, setting and fragment caches (kept filter forms too) as a running
        # portal has them for the addresses its readers ask for.
        for path, data in requests:
            client.get(path, data)
        return tuple(queries(client, path, data) for path, data in requests)

    return index, measure


def test_query_counts_stay_flat_from_100_to_50000_documents(counted):
    index, measure = counted
    small = measure()
    assert small[0] <= LIBRARY_QUERIES and small[1] <= FILTERED_QUERIES
    assert small[2] <= LIBRARY_QUERIES and small[3] <= DOCUMENT_QUERIES
    bulk_documents(index, 50_000 - LegalDocumentPage.objects.count())
    assert LegalDocumentPage.objects.count() == 50_000
    assert measure() == small
