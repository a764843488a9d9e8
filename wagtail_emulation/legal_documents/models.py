"""The document library (văn bản): catalogues, the library index and one page per document.

Each document is a page (:class:`LegalDocumentPage`) under a library index
(:class:`LegalDocumentIndexPage`); docs/how-to/legal-documents.md explains why a page and not
a snippet. Document types, issuing bodies, fields and relation kinds are snippet catalogues
editors change; a data migration seeds them.
"""

import re

from anyascii import anyascii
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.queryset import FakeQuerySet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..content.metadata import page_description
from ..content.pages import ContentIndexPage
from ..content.routes import serve_route
from ..content.structured_data import StructuredPageMixin
from ..locale_vi import vn_slugify
from ..models import VietnameseSlugMixin
from ..visibility import is_public, public_q
from .admin_forms import LegalDocumentPageForm
from .status import LegalStatus, RelationEffect, status_annotation, status_filter, status_of

#: Where the library's route bodies live (they import this module).
ROUTES = "wagtail_emulation.legal_documents.routes."


def number_key(number):
    """The number as readers may type it: ASCII, upper case, no spaces ("qđ" → "QD")."""
    return re.sub(r"\s+", "", anyascii(number or "")).upper()


def search_key(text):
    """Text compared without accents or case: "Hộ tịch" → "ho tich"."""
    return " ".join(anyascii(text or "").lower().split())


def _leading_number(number):
    found = re.match(r"\s*(\d+)", number or "")
    return int(found.group(1)) if found else 0


class IssuingLevel(models.TextChoices):
    CENTRAL = "central", _("Central")
    PROVINCIAL = "provincial", _("Provincial")
    DEPARTMENT = "department", _("Provincial department or agency")
    DISTRICT = "district", _("District (before 1 July 2025)")
    COMMUNE = "commune", _("Commune")
    OTHER = "other", _("Other")


class CatalogueEntry(models.Model):
    name = models.CharField(_("name"), max_length=255, unique=True)
    sort_order = models.IntegerField(
        _("order"), default=0, help_text=_("Lists show lower numbers first.")
    )

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class DocumentType(CatalogueEntry):
    """Luật, Nghị định, Quyết định, Kế hoạch, Công văn…"""

    abbreviation = models.CharField(
        _("abbreviation"),
        max_length=20,
        blank=True,
        help_text=_("As written in document numbers, e.g. QĐ for Quyết định."),
    )
    panels = [FieldPanel("name"), FieldPanel("abbreviation"), FieldPanel("sort_order")]

    class Meta(CatalogueEntry.Meta):
        verbose_name = _("document type")
        verbose_name_plural = _("document types")


class Issuer(CatalogueEntry):
    """Quốc hội, Chính phủ, UBND tỉnh, Sở Tư pháp…"""

    level = models.CharField(
        _("issuing level"),
        max_length=20,
        choices=IssuingLevel.choices,
        default=IssuingLevel.PROVINCIAL,
    )

    panels = [FieldPanel("name"), FieldPanel("level"), FieldPanel("sort_order")]

    class Meta(CatalogueEntry.Meta):
        verbose_name = _("issuing body")
        verbose_name_plural = _("issuing bodies")


class LegalField(CatalogueEntry):
    """Hộ tịch, Lý lịch tư pháp, Thi đua – khen thưởng…"""

    panels = [FieldPanel("name"), FieldPanel("sort_order")]

    class Meta(CatalogueEntry.Meta):
        verbose_name = _("field")
        verbose_name_plural = _("fields")


class RelationKind(CatalogueEntry):
    """Thay thế / sửa đổi, bổ sung / hướng dẫn…: how one document acts on another."""

    inverse_name = models.CharField(
        _("name seen from the other document"),
        max_length=255,
        help_text=_("Shown on the other document's page, e.g. “Được thay thế bởi”."),
    )
    effect = models.CharField(
        _("effect on the other document"),
        max_length=10,
        choices=RelationEffect.choices,
        default=RelationEffect.NONE,
        help_text=_(
            "Once this document takes effect, the other is in force, partly expired or expired."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("inverse_name"),
        FieldPanel("effect"),
        FieldPanel("sort_order"),
    ]

    class Meta(CatalogueEntry.Meta):
        verbose_name = _("relation kind")
        verbose_name_plural = _("relation kinds")


class LegalDocumentIndexPage(RoutablePageMixin, ContentIndexPage):
    """The library: a filter form, sorting, paging, feeds and exports of the filtered list."""

    section_title = pgettext_lazy("standard section", "Documents")
    lists_shared_content = True

    subpage_types = ["wagtail_emulation_legal_documents.LegalDocumentPage"]
    template = "wagtail_emulation/legal_documents/library_page.html"
    filter_form = "wagtail_emulation.legal_documents.forms.LibraryFilterForm"

    class Meta:
        verbose_name = _("document library")
        verbose_name_plural = _("document libraries")

    def listed_pages(self):
        return (
            LegalDocumentPage.objects.child_of(self)
            .live()
            .public()
            .select_related("document_type", "issuer", "legal_field")
            .order_by("-issue_date", "-pk")
        )

    def latest_items(self, limit=5):
        return self.listed_pages()[:limit]

    def listing_context(self, request, pages, **sub_list):
        return serve_route(ROUTES + "listing_context", self, request, pages, **sub_list)

    @path("feed/rss/", name="feed_rss")
    def rss_feed(self, request):
        return serve_route(ROUTES + "rss_feed", self, request)

    @path("feed/atom/", name="feed_atom")
    def atom_feed(self, request):
        return serve_route(ROUTES + "atom_feed", self, request)

    @path("export/<str:file_format>/", name="export")
    def export(self, request, file_format):
        return serve_route(ROUTES + "export", self, request, file_format)


class LegalDocumentPage(StructuredPageMixin, VietnameseSlugMixin, Page):
    """One document: its number and metadata, its files, and how it relates to others."""

    shows_reader_feedback = False  # its template shows none (see feedback.switches)

    document_type = models.ForeignKey(
        DocumentType, verbose_name=_("document type"), on_delete=models.PROTECT, related_name="+"
    )
    number = models.CharField(
        _("number and symbol"),
        max_length=100,
        help_text=_("As printed on the document, e.g. 21/2023/QĐ-UBND."),
    )
    number_key = models.CharField(max_length=100, editable=False, db_index=True)
    number_seq = models.PositiveIntegerField(default=0, editable=False)
    issuer = models.ForeignKey(
        Issuer, verbose_name=_("issuing body"), on_delete=models.PROTECT, related_name="+"
    )
    legal_field = models.ForeignKey(
        LegalField,
        verbose_name=_("field"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    signer = models.CharField(
        _("signed by"),
        max_length=255,
        blank=True,
        help_text=_("Name and title, e.g. Phó Chủ tịch Lò Văn A."),
    )
    issue_date = models.DateField(_("issue date"))
    effective_date = models.DateField(
        _("effective date"), blank=True, help_text=_("Empty: the issue date.")
    )
    expiry_date = models.DateField(
        _("expiry date"),
        null=True,
        blank=True,
        help_text=_("The first day the document is no longer in force, when it has a set term."),
    )
    summary = models.TextField(
        _("summary"), help_text=_("The document's trích yếu, e.g. “Về việc ban hành Kế hoạch…”.")
    )
    summary_key = models.TextField(editable=False, default="")
    official_url = models.URLField(
        _("national database link"),
        max_length=500,
        blank=True,
        help_text=_("Its entry in the national legal database or the Official Gazette, if any."),
    )

    parent_page_types = ["wagtail_emulation_legal_documents.LegalDocumentIndexPage"]
    subpage_types = []
    template = "wagtail_emulation/legal_documents/document_page.html"

    #: The library a document not yet in the tree is to join (the importer sets it), so its
    #: address can be chosen from its number before it has a place in the tree.
    intended_library = None

    search_fields = [
        *Page.search_fields,
        index.SearchField("number", boost=3),
        index.AutocompleteField("number"),
        index.SearchField("summary", boost=2),
        index.SearchField("signer"),
        index.RelatedFields("document_type", [index.SearchField("name")]),
        index.RelatedFields("issuer", [index.SearchField("name")]),
        index.FilterField("issue_date"),
        index.FilterField("document_type"),
        index.FilterField("issuer"),
        index.FilterField("legal_field"),
    ]

    content_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("document_type"), FieldPanel("number")]),
                FieldRowPanel([FieldPanel("issuer"), FieldPanel("legal_field")]),
                FieldPanel("signer"),
            ],
            heading=pgettext_lazy("legal document", "Document"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("issue_date"),
                        FieldPanel("effective_date"),
                        FieldPanel("expiry_date"),
                    ]
                ),
            ],
            heading=_("Dates"),
        ),
        FieldPanel("summary"),
        InlinePanel("files", heading=_("Files")),
        FieldPanel("official_url"),
    ]
    relations_panels = [
        InlinePanel(
            "relations",
            heading=_("This document acts on"),
            help_text=_(
                "The documents this one replaces, amends or guides. Their pages show the "
                "relation the other way round, and their status follows from it."
            ),
        ),
    ]
    base_form_class = LegalDocumentPageForm
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(relations_panels, heading=_("Relations")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = pgettext_lazy("legal document", "document")
        verbose_name_plural = pgettext_lazy("legal document", "documents")
        constraints = [
            models.UniqueConstraint(
                fields=["issuer", "number_key"], name="legal_document_number_per_issuer"
            )
        ]
        indexes = [
            models.Index(fields=["issue_date"], name="legal_doc_issue_date"),
            models.Index(fields=["document_type", "issue_date"], name="legal_doc_type_date"),
            models.Index(fields=["issuer", "issue_date"], name="legal_doc_issuer_date"),
            models.Index(fields=["legal_field", "issue_date"], name="legal_doc_field_date"),
            models.Index(fields=["effective_date"], name="legal_doc_effective"),
            models.Index(fields=["expiry_date"], name="legal_doc_expiry"),
            models.Index(fields=["number_seq", "number_key"], name="legal_doc_number_order"),
        ]

    def __str__(self):
        return self.title

    # The title, slug and search keys follow from the number and type; editors do not type them.
    def fill_derived_fields(self):
        self.number = " ".join((self.number or "").split())
        self.number_key = number_key(self.number)
        self.number_seq = _leading_number(self.number)
        self.summary_key = search_key(self.summary)
        if self.issue_date and not self.effective_date:
            self.effective_date = self.issue_date
        if self.document_type_id and self.number:
            self.title = f"{self.document_type.name} {self.number}"
            self.draft_title = self.title
        if not self.slug and self.number:
            self.slug = self._slug_from_number()

    def _slug_from_number(self):
        parent = self.get_parent() if self.path else self.intended_library
        if parent is not None:
            base = vn_slugify(self.number.replace("/", " ")) or "van-ban"
            siblings = parent.get_children()
            if self.pk is not None:
                siblings = siblings.exclude(pk=self.pk)
            taken = set(siblings.filter(slug__startswith=base).values_list("slug", flat=True))
            candidate, suffix = base, 1
            while candidate in taken:
                suffix += 1
                candidate = f"{base}-{suffix}"
            return candidate
        return ""

    def full_clean(self, *args, **kwargs):
        self.fill_derived_fields()
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.fill_derived_fields()
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if self.issue_date and self.effective_date and self.effective_date < self.issue_date:
            errors["effective_date"] = _("The effective date cannot be before the issue date.")
        if self.expiry_date and self.effective_date and self.expiry_date <= self.effective_date:
            errors["expiry_date"] = _("The expiry date must be after the effective date.")
        if self.issuer_id and self.number:
            same = LegalDocumentPage.objects.filter(
                issuer_id=self.issuer_id, number_key=number_key(self.number)
            )
            if same.exclude(pk=self.pk).exists():
                errors["number"] = _("This issuing body already has a document with this number.")
        if errors:
            raise ValidationError(errors)

    # What the page shows.
    @cached_property
    def outgoing(self):
        """``[(kind, document, note)]`` this document acts on (live, public documents only)."""
        relations = self.relations.all()
        if isinstance(relations, FakeQuerySet):
            # The editor's preview: unsaved rows in memory, which no SQL filter can read.
            rows = sorted(relations, key=lambda r: (r.sort_order or 0, r.pk or 0))
            return [(r.kind.name, r.target, r.note) for r in rows if is_public(r.target)]
        relations = relations.filter(public_q("target__")).select_related("kind", "target")
        return [(r.kind.name, r.target, r.note) for r in relations.order_by("sort_order", "pk")]

    @cached_property
    def incoming(self):
        """``[(inverse kind name, document, note, effect)]``: live, public documents acting on
        this one (a private document neither shows here nor changes the status)."""
        relations = (
            LegalDocumentRelation.objects.filter(public_q("page__"), target=self)
            .select_related("kind", "page")
            .order_by("page__issue_date", "pk")
        )
        return [(r.kind.inverse_name, r.page, r.note, r.kind.effect) for r in relations]

    @cached_property
    def status(self):
        today = timezone.localdate()
        acting = [
            (effect, document.effective_date) for _n, document, _note, effect in self.incoming
        ]
        return status_of(self, acting, today)

    @cached_property
    def listed_files(self):
        return [item for item in self.files.select_related("document") if item.document_id]

    def issued_text(self):
        return _short_date(self.issue_date)

    def meta_description(self):
        return page_description(self.summary)

    def social_description(self):
        return self.meta_description()

    def schema_entity(self, shown):
        entity = {
            "@type": "Legislation",
            "name": self.title,
            "headline": self.title,
            "abstract": self.summary,
            "url": shown.url,
            "inLanguage": self.locale.language_code,
            "legislationIdentifier": self.number,
            "legislationType": self.document_type.name,
            "legislationDate": self.issue_date,
            "legislationLegalForce": {"@id": LegalStatus(self.status).schema_legal_force},
            "legislationPassedBy": {"@type": "GovernmentOrganization", "name": self.issuer.name},
        }
        if self.effective_date:
            entity["legislationDateOfApplicability"] = self.effective_date
        if self.expiry_date:
            entity["expires"] = self.expiry_date
        if self.signer:
            entity["legislationResponsible"] = {"@type": "Person", "name": self.signer}
        if self.legal_field_id:
            entity["about"] = self.legal_field.name
        if self.official_url:
            entity["sameAs"] = self.official_url
        changes = [
            {"@type": "Legislation", "legislationIdentifier": target.number, "url": target.full_url}
            for _kind, target, _note in self.outgoing
        ]
        if changes:
            entity["legislationChanges"] = changes
        media = [
            {
                "@type": "MediaObject",
                "name": item.label or item.document.title,
                "contentUrl": item.document.url,
                "encodingFormat": item.content_type,
                "contentSize": f"{item.size} B" if item.size is not None else None,
            }
            for item in self.listed_files
        ]
        if media:
            entity["encoding"] = [{k: v for k, v in m.items() if v is not None} for m in media]
        return entity

    def get_context(self, request, *args, **kwargs):
        from ..content.document_link import legal_document_lists

        context = super().get_context(request, *args, **kwargs)
        context["linking_lists"] = legal_document_lists(self)
        return context


def _short_date(day):
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


class LegalDocumentFile(Orderable):
    """One file of a document: the signed PDF, an editable copy, an annex…"""

    page = ParentalKey(LegalDocumentPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(
        _("label"),
        max_length=255,
        blank=True,
        help_text=_("e.g. “Bản ký số” or “Phụ lục”. Empty: the file's title."),
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    @property
    def size(self):
        return self.document.file_size

    @property
    def extension(self):
        return self.document.file_extension.upper()

    @property
    def content_type(self):
        return self.document.content_type


class LegalDocumentRelation(Orderable):
    """This page's document (``page``) acts on ``target``: replaces, amends, guides…"""

    page = ParentalKey(LegalDocumentPage, on_delete=models.CASCADE, related_name="relations")
    kind = models.ForeignKey(
        RelationKind, verbose_name=_("relation"), on_delete=models.PROTECT, related_name="+"
    )
    target = models.ForeignKey(
        LegalDocumentPage,
        verbose_name=pgettext_lazy("legal document", "document"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
    )
    note = models.CharField(
        _("note"), max_length=255, blank=True, help_text=_("Which parts, e.g. “Điều 5 và Điều 7”.")
    )

    panels = [
        FieldPanel("kind"),
        PageChooserPanel("target", "wagtail_emulation_legal_documents.LegalDocumentPage"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("relation")
        verbose_name_plural = _("relations")
        indexes = [models.Index(fields=["target", "kind"], name="legal_doc_relation_target")]

    def clean(self):
        super().clean()
        if self.target_id and self.page_id and self.target_id == self.page_id:
            raise ValidationError({"target": _("A document cannot act on itself.")})


def with_status(queryset, today=None):
    return queryset.annotate(
        status_code=status_annotation(LegalDocumentRelation, today or timezone.localdate())
    )


def in_status(queryset, status, today=None):
    return queryset.filter(
        status_filter(LegalDocumentRelation, status, today or timezone.localdate())
    )
