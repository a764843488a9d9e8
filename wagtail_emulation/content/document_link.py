"""Links from any page to entries of the document library (văn bản), without importing it.

The library (``wagtail_emulation.legal_documents``) keeps each document as a page, so a link
to one is a link to a page: these fields and blocks point at ``wagtailcore.Page`` and never
import the library. Where the library is installed, their choosers offer its documents only;
where it is not, the panel is left out of the editor and the block chooses any page.

* :class:`LegalDocumentLinkMixin` — one optional "document in the library" field (a campaign's
  launch document, a commendation decision…); the document's page lists the pages linking to
  it, one list per page type, as a campaign's page does with :mod:`.campaign_link`.
* :class:`RelatedLegalDocumentsBlock` — the "Văn bản liên quan" StreamField block.
"""

from django.apps import apps
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.models import Page

from .sub_app_pages import SubAppPageChooserPanel, linking_page_lists, optional_page_link

LEGAL_DOCUMENTS_APP = "wagtail_emulation.legal_documents"
LEGAL_DOCUMENT_PAGE = "wagtail_emulation_legal_documents.LegalDocumentPage"


def legal_documents_installed():
    return apps.is_installed(LEGAL_DOCUMENTS_APP)


class LegalDocumentLinkMixin(models.Model):
    legal_document = optional_page_link(
        _("document in the library"),
        help_text=_("The entry of the document library this page is based on."),
    )

    #: The heading of this page type's list on the document's page.
    legal_document_list_heading = _("Pages based on this document")
    #: Where that list stands among the others (lowest first), and how many it shows at most.
    legal_document_list_order = 100
    legal_document_list_size = None
    #: The name of a field holding the document's number as typed before the library existed
    #: (``link_library_documents`` fills ``legal_document`` from it).
    legal_document_number_field = None

    class Meta:
        abstract = True

    @cached_property
    def linked_legal_document(self):
        """The linked library entry when it is live, public and the library installed."""
        if not self.legal_document_id or not legal_documents_installed():
            return None
        model = apps.get_model(LEGAL_DOCUMENT_PAGE)
        return model.objects.live().public().filter(pk=self.legal_document_id).first()


class LegalDocumentChooserPanel(SubAppPageChooserPanel):
    """The library chooser: documents only, and no field at all without the library."""

    sub_app, sub_app_page_type = LEGAL_DOCUMENTS_APP, LEGAL_DOCUMENT_PAGE
    default_field_name = "legal_document"


def legal_document_lists(document):
    """``[(heading, pages)]``: the live, public pages of each linking type, newest first."""
    return linking_page_lists(document, LegalDocumentLinkMixin, "legal_document")


class LegalDocumentChooserBlock(blocks.PageChooserBlock):
    """A page chooser that offers the library's documents where the library is installed."""

    def __init__(self, **kwargs):
        kwargs.pop("page_type", None)
        super().__init__(**kwargs)

    @cached_property
    def target_models(self):
        return [apps.get_model(LEGAL_DOCUMENT_PAGE) if legal_documents_installed() else Page]

    def deconstruct(self):
        path, args, kwargs = super().deconstruct()
        kwargs.pop("page_type", None)
        return "wagtail_emulation.content.document_link.LegalDocumentChooserBlock", args, kwargs


class RelatedLegalDocumentsBlock(blocks.StructBlock):
    """ "Văn bản liên quan": a heading and the chosen documents, with number, date and status."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        help_text=_("Empty: “Related documents”."),
    )
    documents = blocks.ListBlock(
        LegalDocumentChooserBlock(label=pgettext_lazy("legal document", "Document")),
        label=pgettext_lazy("legal document", "Documents"),
        min_num=1,
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Related documents")
        template = "wagtail_emulation/content/blocks/related_legal_documents.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        ids = [page.pk for page in value["documents"] if page is not None]
        found = Page.objects.live().public().filter(pk__in=ids).specific().in_bulk()
        context["documents"] = [found[pk] for pk in ids if pk in found]
        return context
