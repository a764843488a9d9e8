"""Many documents at once, for the scale test and the benchmark.

Creating 50,000 pages one by one through the tree would take the better part of an hour, so
this writes the rows the tree would write in bulk: the pages' tree paths are computed as
treebeard does, ``Page`` rows go in with ``bulk_create`` and the document rows (a child table
Django cannot bulk-create) with one parameterised ``executemany``. Only for tests and
benchmarks: editors' pages go through ``add_child`` and revisions.
"""

import uuid
from datetime import date, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from wagtail.models import Page

from wagtail_emulation.legal_documents.models import (
    DocumentType,
    Issuer,
    LegalDocumentPage,
    LegalField,
    number_key,
    search_key,
)

WORDS = ["hộ tịch", "chứng thực", "thi đua", "khen thưởng", "phổ biến pháp luật", "hòa giải"]


def bulk_documents(index, count, batch=5000, first_day=date(2005, 1, 1)):
    types = list(DocumentType.objects.all())
    issuers = list(Issuer.objects.all())
    fields = list(LegalField.objects.all())
    content_type = ContentType.objects.get_for_model(LegalDocumentPage)
    index.refresh_from_db()
    start = index.numchild
    now = timezone.now()
    columns = list(LegalDocumentPage._meta.local_concrete_fields)
    table = connection.ops.quote_name(LegalDocumentPage._meta.db_table)
    names = ", ".join(connection.ops.quote_name(f.column) for f in columns)
    marks = ", ".join(["%s"] * len(columns))
    insert = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608 - names from the model
    for offset in range(0, count, batch):
        size = min(batch, count - offset)
        pages, documents = [], []
        for n in range(start + offset + 1, start + offset + size + 1):
            document_type = types[n % len(types)]
            number = f"{n}/{2005 + n % 20}/QĐ-{document_type.abbreviation or 'VB'}"
            issued = first_day + timedelta(days=n % 7300)
            slug = f"vb-{n}"
            pages.append(
                Page(
                    title=f"{document_type.name} {number}",
                    draft_title=f"{document_type.name} {number}",
                    slug=slug,
                    path=Page._get_path(index.path, index.depth + 1, n),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{slug}/",
                    content_type=content_type,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                    locale_id=index.locale_id,
                    translation_key=uuid.uuid4(),
                )
            )
            summary = f"Về việc {WORDS[n % len(WORDS)]} số {n}"
            documents.append(
                {
                    "document_type_id": document_type.pk,
                    "number": number,
                    "number_key": number_key(number),
                    "number_seq": n,
                    "issuer_id": issuers[n % len(issuers)].pk,
                    "legal_field_id": fields[n % len(fields)].pk,
                    "signer": "",
                    "issue_date": issued,
                    "effective_date": issued,
                    "expiry_date": issued + timedelta(days=3650) if n % 5 == 0 else None,
                    "summary": summary,
                    "summary_key": search_key(summary),
                    "official_url": "",
                }
            )
        created = Page.objects.bulk_create(pages)
        rows = []
        for page, values in zip(created, documents, strict=True):
            values["page_ptr_id"] = page.pk
            rows.append([f.get_db_prep_save(values[f.attname], connection) for f in columns])
        with connection.cursor() as cursor:
            cursor.executemany(insert, rows)
    Page.objects.filter(pk=index.pk).update(numchild=start + count)
    index.refresh_from_db()
