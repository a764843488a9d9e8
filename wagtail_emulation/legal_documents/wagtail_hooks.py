"""The library in the admin: its catalogues, the flat list of documents and the import."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from ..admin_viewsets import OneScreenViewSet
from .models import DocumentType, Issuer, LegalDocumentPage, LegalField, RelationKind
from .views import DocumentListView, ImportView


class CatalogueViewSet(SnippetViewSet):
    list_display = ["name", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class DocumentTypeViewSet(CatalogueViewSet):
    model = DocumentType
    icon = "doc-full"
    list_display = ["name", "abbreviation", "sort_order"]


class IssuerViewSet(CatalogueViewSet):
    model = Issuer
    icon = "group"
    list_display = ["name", "level", "sort_order"]
    list_filter = ["level"]


class LegalFieldViewSet(CatalogueViewSet):
    model = LegalField
    icon = "tag"


class RelationKindViewSet(CatalogueViewSet):
    model = RelationKind
    icon = "link"
    list_display = ["name", "inverse_name", "effect", "sort_order"]


class DocumentListViewSet(PageListingViewSet):
    model = LegalDocumentPage
    index_view_class = DocumentListView
    icon = "doc-full-inverse"
    menu_label = pgettext_lazy("legal document", "Documents")
    name = "legal_documents"
    list_filter = ["document_type", "issuer", "legal_field", "issue_date"]
    list_export = [
        "number",
        "document_type",
        "issuer",
        "legal_field",
        "signer",
        "issue_date",
        "effective_date",
        "expiry_date",
        "summary",
        "official_url",
        "url",
    ]
    export_headings = {"url": _("Address")}
    export_filename = "van-ban"


class ImportViewSet(OneScreenViewSet):
    name = "legal_documents_import"
    icon = "upload"
    menu_label = _("Import documents")
    add_to_admin_menu = False
    view_class = ImportView


class LibraryGroup(ViewSetGroup):
    menu_label = _("Document library")
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (
        DocumentListViewSet,
        ImportViewSet,
        DocumentTypeViewSet,
        IssuerViewSet,
        LegalFieldViewSet,
        RelationKindViewSet,
    )


@hooks.register("register_admin_viewset")
def register_library_viewsets():
    return LibraryGroup()
