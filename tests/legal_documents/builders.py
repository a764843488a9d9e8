"""Libraries and documents for the tests, built through the page tree as editors would."""

from datetime import date

from wagtail.models import Site

from wagtail_emulation.legal_documents.models import (
    DocumentType,
    Issuer,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    LegalField,
)


def site_root():
    return Site.objects.get(is_default_site=True).root_page


def library(parent=None, slug="van-ban", **fields):
    parent = parent or site_root()
    page = LegalDocumentIndexPage(title="Văn bản", slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def document(
    index, number, issued=date(2024, 3, 1), type_name="Quyết định", issuer="Sở Tư pháp", **fields
):
    fields.setdefault("summary", f"Trích yếu của văn bản {number}")
    page = LegalDocumentPage(
        document_type=DocumentType.objects.get(name=type_name),
        issuer=Issuer.objects.get(name=issuer),
        legal_field=LegalField.objects.order_by("pk").first(),
        number=number,
        issue_date=issued,
        **fields,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page
