"""Draft consultation (lấy ý kiến dự thảo): a list of drafts, one page per draft, readers'
opinions on the draft or one of its articles, and the agency's replies.

A draft's status comes from its dates (:mod:`.window`), never from a stored flag, so nothing
has to run at midnight for a window to open or close.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .. import moderation
from ..content.pages import ContentIndexPage, ContentPage
from ..content.sub_app_pages import SubAppPageChooserPanel, optional_page_link
from ..sites import PageScope
from .admin_forms import DraftPageForm
from .blocks import DraftTextBlock
from .conf import app_settings
from .window import DraftStatus, days_left, short_date, status_on, window_message


class DraftIndexPage(ContentIndexPage):
    """The list of drafts ("Lấy ý kiến dự thảo"), latest window first."""

    section_title = pgettext_lazy("standard section", "Draft consultation")

    subpage_types = ["wagtail_emulation_consultation.DraftPage"]
    filter_form = "wagtail_emulation.consultation.listing.DraftFilterForm"
    template = "wagtail_emulation/consultation/index_page.html"
    listing_order = ("-opens_on", "-pk")

    def listed_pages(self):
        return super().listed_pages().select_related("drafting_unit")

    class Meta:
        verbose_name = _("draft consultation index")
        verbose_name_plural = _("draft consultation indexes")


class AdoptedDocumentPanel(SubAppPageChooserPanel):
    sub_app = "wagtail_emulation.legal_documents"
    sub_app_page_type = "wagtail_emulation_legal_documents.LegalDocumentPage"
    default_field_name = "adopted_document"


class DraftPage(ContentPage):
    """One draft open (or to be open, or closed) for public opinions, article by article."""

    parent_page_types = ["wagtail_emulation_consultation.DraftIndexPage"]
    subpage_types = []
    template = "wagtail_emulation/consultation/draft_page.html"
    schema_type = "Article"

    document_kind = models.CharField(
        _("document type"), max_length=100, help_text=_("For example “Quyết định”, “Nghị quyết”.")
    )
    issuer = models.CharField(
        _("issuing body"), max_length=200, help_text=_("Who will issue it, e.g. “UBND tỉnh”.")
    )
    legal_field = models.CharField(_("field"), max_length=100, blank=True)
    drafting_unit = models.ForeignKey(
        "wagtail_emulation.Unit",
        verbose_name=_("drafting unit"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The unit in charge of the draft, from the organisation tree."),
    )
    lead = models.TextField(
        pgettext_lazy("draft", "summary"), help_text=_("What the draft is about, in a few lines.")
    )
    opens_on = models.DateField(_("opinions from"))
    closes_on = models.DateField(
        _("opinions until"),
        null=True,
        blank=True,
        help_text=_("Last day of the window. Left empty: the default window from the first day."),
    )
    extended_until = models.DateField(
        _("extended until"),
        null=True,
        blank=True,
        help_text=_("A later last day; the page says the window was extended, and when."),
    )
    extended_on = models.DateField(_("extension decided on"), null=True, blank=True)
    extension_reason = models.CharField(_("reason for the extension"), max_length=300, blank=True)
    text = StreamField(DraftTextBlock(), verbose_name=_("draft text"), blank=True)
    postal_address = models.TextField(_("postal address for opinions"), blank=True)
    contact_email = models.EmailField(_("e-mail address for opinions"), blank=True)
    contact_phone = models.CharField(_("telephone"), max_length=50, blank=True)
    publish_opinions = models.BooleanField(
        _("publish approved opinions"),
        default=False,
        help_text=_("Show approved opinions under their article (names only, never contacts)."),
    )
    report_published = models.BooleanField(
        _("publish the summary report"),
        default=False,
        help_text=_("Shown on the page once the window has closed."),
    )
    report_intro = RichTextField(_("report introduction"), blank=True)
    report_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("signed report file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    adopted_document = optional_page_link(
        _("adopted document"), _("The document issued from this draft, in the library.")
    )
    # A consultation is not a discussion thread: reader comments start switched off.
    comments_enabled = models.BooleanField(
        _("allow reader comments"),
        default=False,
        help_text=_("Opinions on the draft have their own form; comments are something else."),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("text"),
        index.FilterField("opens_on"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("document_kind"), FieldPanel("issuer")]),
        FieldRowPanel([FieldPanel("legal_field"), FieldPanel("drafting_unit")]),
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")]),
                FieldRowPanel([FieldPanel("extended_until"), FieldPanel("extended_on")]),
                FieldPanel("extension_reason"),
            ],
            heading=_("Window for opinions"),
        ),
        MultiFieldPanel(
            [FieldPanel("source_text"), FieldPanel("source_file"), FieldPanel("text")],
            heading=_("Text of the draft"),
        ),
        InlinePanel("attachments", heading=pgettext_lazy("draft", "Files")),
        MultiFieldPanel(
            [
                FieldPanel("postal_address"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Other ways to send opinions"),
        ),
    ]
    report_panels = [
        FieldPanel("publish_opinions"),
        FieldPanel("report_published"),
        FieldPanel("report_intro"),
        FieldPanel("report_document"),
        AdoptedDocumentPanel(),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(report_panels, heading=_("Opinions and report")),
            ObjectList(ContentPage.promote_panels, heading=_("Promote")),
            ObjectList(ContentPage.settings_panels, heading=_("Settings")),
        ]
    )

    base_form_class = DraftPageForm

    class Meta:
        verbose_name = _("draft for consultation")
        verbose_name_plural = _("drafts for consultation")

    def clean(self):
        super().clean()
        if self.opens_on and not self.closes_on:
            self.closes_on = self.opens_on + timedelta(
                days=app_settings.CONSULTATION_DEFAULT_WINDOW_DAYS - 1
            )
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise ValidationError({"closes_on": _("The window cannot end before it starts.")})
        if self.extended_until and self.closes_on and self.extended_until <= self.closes_on:
            raise ValidationError(
                {"extended_until": _("An extension ends after the first closing day.")}
            )

    # --- the window ----------------------------------------------------------------------------

    @property
    def last_day(self):
        return self.extended_until or self.closes_on

    def status(self, today=None):
        return status_on(self.opens_on, self.last_day, today or timezone.localdate())

    @property
    def current_status(self):
        return self.status()

    @property
    def is_open(self):
        return self.status() == DraftStatus.OPEN

    @property
    def days_left(self):
        return days_left(self.last_day, timezone.localdate())

    @property
    def report_shown(self):
        return self.report_published and self.status() == DraftStatus.CLOSED

    # --- the text ------------------------------------------------------------------------------

    @cached_property
    def parts(self):
        from .reading import draft_parts

        return draft_parts(self.text)

    @cached_property
    def articles(self):
        return [part for part in self.parts if part.kind == "article"]

    def article(self, key):
        return next((part for part in self.articles if part.key == key), None)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["closed_message"] = window_message(self)
        return context

    # --- listings and metadata ------------------------------------------------------------------

    def summary(self):
        return self.search_description or self.lead

    def body_text(self):
        return self.lead

    @property
    def listing_meta(self):
        return _("%(status)s · Opinions from %(start)s to %(end)s · %(unit)s") % {
            "status": self.status().label,
            "start": short_date(self.opens_on),
            "end": short_date(self.last_day),
            "unit": self.drafting_unit.name if self.drafting_unit else "",
        }

    @property
    def listed_files(self):
        return [item for item in self.attachments.all() if item.document_id]


class DraftAttachment(Orderable):
    class Kind(models.TextChoices):
        DRAFT = "draft", pgettext_lazy("consultation", "Draft")
        STATEMENT = "statement", _("Explanatory statement (Tờ trình)")
        ASSESSMENT = "assessment", _("Impact assessment")
        OTHER = "other", _("Other")

    page = ParentalKey(DraftPage, related_name="attachments", on_delete=models.CASCADE)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.DRAFT)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(_("label"), max_length=200, blank=True)

    panels = [FieldPanel("kind"), FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")


class Outcome(models.TextChoices):
    ACCEPTED = "accepted", _("Accepted")
    PARTLY = "partly", _("Partly accepted")
    EXPLAINED = "explained", _("Not accepted, explained")
    NOTED = "noted", _("Noted")


class DraftOpinion(models.Model):
    """One reader's opinion on a draft, or on one of its articles."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for moderation")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        SPAM = "spam", _("Spam")

    page = models.ForeignKey(
        DraftPage,
        verbose_name=pgettext_lazy("consultation", "draft"),
        on_delete=models.CASCADE,
        related_name="opinions",
    )
    article_key = models.CharField(
        _("article"), max_length=64, blank=True, help_text=_("Empty: the whole draft.")
    )
    article_label = models.CharField(_("article"), max_length=60, blank=True)
    name = models.CharField(pgettext_lazy("opinion author", "name"), max_length=100)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail address"), max_length=254, blank=True)
    phone = models.CharField(_("telephone"), max_length=30, blank=True)
    body = models.TextField(pgettext_lazy("draft opinion", "opinion"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)
    consented_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    ip_hash = models.CharField(max_length=64, blank=True, editable=False)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    gist = models.TextField(
        _("gist"), blank=True, help_text=_("The opinion in short, for the summary report.")
    )
    outcome = models.CharField(
        pgettext_lazy("opinion reply", "outcome"),
        max_length=10,
        choices=Outcome.choices,
        blank=True,
    )
    reply = models.TextField(_("agency's reply"), blank=True)

    #: How a row knows its site: admin lists keep each editor to theirs (core `sites`).
    site_scope = PageScope("page")

    class Meta:
        verbose_name = _("opinion on a draft")
        verbose_name_plural = _("opinions on drafts")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["page", "status", "article_key"], name="emu_opinion_page_status"),
        ]
        permissions = [("moderate_draftopinion", _("Can moderate opinions on drafts"))]

    def __str__(self):
        return self.name

    @property
    def excerpt(self):
        return moderation.excerpt(self.body)

    @property
    def report_gist(self):
        return self.gist or self.body


class ArticleReply(models.Model):
    """The agency's one reply to all opinions on an article (or on the whole draft)."""

    page = models.ForeignKey(
        DraftPage,
        verbose_name=pgettext_lazy("consultation", "draft"),
        on_delete=models.CASCADE,
        related_name="article_replies",
    )
    article_key = models.CharField(_("article"), max_length=64, blank=True)
    article_label = models.CharField(_("article"), max_length=60, blank=True)
    outcome = models.CharField(
        pgettext_lazy("opinion reply", "outcome"), max_length=10, choices=Outcome.choices
    )
    reply = models.TextField(_("agency's reply"))

    #: How a row knows its site: admin lists keep each editor to theirs (core `sites`).
    site_scope = PageScope("page")

    class Meta:
        verbose_name = _("reply on an article")
        verbose_name_plural = _("replies on articles")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "article_key"], name="emu_one_reply_per_article"
            )
        ]

    def __str__(self):
        return f"{self.page.title} – {self.article_label or _('Whole draft')}"
