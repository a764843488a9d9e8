"""Emulation-campaign calls (phát động phong trào thi đua) and the index that lists them.

Organising a campaign, under Article 17 of the Law on Emulation and Commendation
No. 06/2022/QH15, means setting its aims, scope, participants, content and criteria, period,
plan and measures (clause 1), launching it (2), and holding interim and final reviews (sơ kết,
tổng kết) with commendation (5); the page holds those, with the theme and planned commendation
calls carry in practice.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..content.campaign_link import campaign_lists
from ..content.document_link import LegalDocumentChooserPanel, LegalDocumentLinkMixin
from ..content.pages import ContentIndexPage, ContentPage
from ..locale_vi import vn_ordinal_word
from .status import CampaignStatus


class CampaignForm(models.TextChoices):
    REGULAR = "regular", _("Regular")
    THEMATIC = "thematic", _("Thematic")
    # Law 06/2022/QH15, Art. 16(1): regular and thematic only (in force 1 January 2024).
    # Calls launched before then could be "theo đợt (chuyên đề)" under the 2003 law's texts.
    ROUND = "round", _("By round (before 2024)")


# "Một là, " … "Chín mươi chín là: " typed before a task; longest first, so "Hai mươi mốt là"
# is not read as "Hai" followed by text.
TYPED_ORDINAL = re.compile(
    r"^\s*(?:{})\s+là\s*[,:;.–-]?\s*".format(
        "|".join(vn_ordinal_word(number) for number in range(99, 0, -1))
    ),
    re.IGNORECASE,
)


def without_typed_ordinal(text):
    """The task without an ordinal the editor typed: the page writes "Một là, …" itself, so
    "Một là, tăng cường…" would read "Một là, Một là, tăng cường…"."""
    text = unicodedata.normalize("NFC", text or "")
    return TYPED_ORDINAL.sub("", text, count=1)


class CampaignTaskValue(blocks.StructValue):
    def task_text(self):
        # Tasks saved before the block's clean() removed a typed ordinal.
        return without_typed_ordinal(self.get("text"))


class CampaignTaskBlock(blocks.StructBlock):
    text = blocks.TextBlock(
        label=_("Task"),
        help_text=_(
            'One task of the campaign. Do not type "Một là," – the page numbers the tasks.'
        ),
    )

    class Meta:
        icon = "list-ol"
        label = _("Task")
        template = "wagtail_emulation/campaigns/blocks/task.html"
        value_class = CampaignTaskValue

    def clean(self, value):
        value = super().clean(value)
        value["text"] = without_typed_ordinal(value["text"])
        if not value["text"].strip():
            raise blocks.StructBlockValidationError(
                block_errors={"text": ValidationError(_("Write the task after its number."))}
            )
        return value


class CampaignIndexPage(ContentIndexPage):
    """Lists the campaigns under it, newest first, filterable by status, form and year."""

    section_title = pgettext_lazy("standard section", "Emulation campaigns")

    subpage_types = ["wagtail_emulation_campaigns.CampaignPage"]
    template = "wagtail_emulation/campaigns/campaign_index_page.html"

    class Meta:
        verbose_name = _("campaign index")
        verbose_name_plural = _("campaign indexes")

    filter_form = "wagtail_emulation.campaigns.forms.CampaignFilterForm"

    listing_order = ("-period_start", "-first_published_at", "-pk")


class CampaignPage(LegalDocumentLinkMixin, ContentPage):
    theme = models.TextField(
        _("theme"),
        help_text=_(
            "The campaign's theme or slogan (chủ đề), as launched, without quotation marks."
        ),
    )
    campaign_form = models.CharField(
        _("form of campaign"),
        max_length=20,
        choices=CampaignForm.choices,
        default=CampaignForm.THEMATIC,
        help_text=_(
            "Regular campaigns run through the year; thematic campaigns aim at one task or "
            "milestone. Use “by round” only for calls launched before 2024."
        ),
    )
    scope = models.CharField(
        _("scope"),
        max_length=255,
        blank=True,
        help_text=_("Where the campaign applies, e.g. the whole provincial justice sector."),
    )
    participants = models.TextField(
        _("participants"),
        blank=True,
        help_text=_("Who takes part: units, civil servants, public employees, workers…"),
    )
    launching_body = models.CharField(
        _("launching body"),
        max_length=255,
        help_text=_("The agency or emulation and commendation council that launches the call."),
    )
    launch_document_number = models.CharField(
        _("launch document number"),
        max_length=100,
        blank=True,
        help_text=_("Number and symbol of the plan or decision, e.g. 15/KH-STP."),
    )
    launch_document_date = models.DateField(_("launch document date"), null=True, blank=True)
    launch_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("launch document file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The signed plan or decision, for readers to download."),
    )
    period_start = models.DateField(
        _("start date"), help_text=_("The first day of the emulation period.")
    )
    period_end = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("The last day of the period. Leave empty for a regular campaign with no end."),
    )
    period_label = models.CharField(
        _("period label"),
        max_length=100,
        blank=True,
        help_text=_("How the period is named, e.g. “giai đoạn 2021–2025” or “năm 2023”."),
    )
    milestone = models.CharField(
        _("milestone"),
        max_length=255,
        blank=True,
        help_text=_(
            "The anniversary or event the campaign aims at, e.g. the 40th anniversary of the "
            "provincial justice sector."
        ),
    )
    milestone_start = models.DateField(
        _("milestone from"),
        null=True,
        blank=True,
        help_text=_("For an anniversary: the founding date (e.g. 25/5/1983)."),
    )
    milestone_date = models.DateField(
        _("milestone date"),
        null=True,
        blank=True,
        help_text=_("The date of the anniversary or event (e.g. 25/5/2023)."),
    )
    introduction = RichTextField(
        _("opening"),
        blank=True,
        help_text=_("The opening of the call: the tradition it builds on and what it launches."),
    )
    purposes = RichTextField(
        _("purposes"), blank=True, help_text=_("What the campaign sets out to achieve.")
    )
    tasks_intro = RichTextField(
        _("tasks introduction"),
        blank=True,
        help_text=_("The sentence that leads into the tasks."),
    )
    tasks = StreamField(
        [("task", CampaignTaskBlock())],
        # In context: Wagtail's "tasks" are the steps of its moderation workflows.
        verbose_name=pgettext_lazy("campaign", "tasks"),
        blank=True,
        help_text=_("In order: the page shows them as “Một là, …”, “Hai là, …”."),
    )
    criteria = RichTextField(
        _("criteria"),
        blank=True,
        help_text=_("The emulation criteria units and individuals are assessed against."),
    )
    commendation_forms = RichTextField(
        _("planned commendation"),
        blank=True,
        help_text=_(
            "The forms of commendation planned at the interim and final reviews (certificates "
            "of merit, emulation flags, titles…)."
        ),
    )
    closing = RichTextField(
        _("closing"), blank=True, help_text=_("The closing call to every participant.")
    )
    interim_review = models.ForeignKey(
        Page,
        verbose_name=_("interim review"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Once held: the page reporting the interim review (sơ kết)."),
    )
    final_review = models.ForeignKey(
        Page,
        verbose_name=_("final review"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Once held: the page reporting the final review (tổng kết) and awards."),
    )

    legal_document_list_heading = _("Campaigns launched by this document")
    legal_document_list_order = 10
    legal_document_number_field = "launch_document_number"

    schema_type = "Article"
    parent_page_types = ["wagtail_emulation_campaigns.CampaignIndexPage"]
    subpage_types = []
    template = "wagtail_emulation/campaigns/campaign_page.html"

    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("theme", boost=2),
        index.AutocompleteField("theme"),
        index.SearchField("launching_body"),
        index.SearchField("period_label"),
        index.SearchField("milestone"),
        index.SearchField("introduction"),
        index.SearchField("purposes"),
        index.SearchField("tasks"),
        index.FilterField("campaign_form"),
        index.FilterField("period_start"),
        index.FilterField("period_end"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("theme"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("campaign_form"), FieldPanel("scope")]),
                FieldPanel("participants"),
                FieldPanel("launching_body"),
                FieldRowPanel(
                    [FieldPanel("launch_document_number"), FieldPanel("launch_document_date")]
                ),
                FieldPanel("launch_document"),
                LegalDocumentChooserPanel(
                    help_text=_(
                        "The plan or decision in the document library, where it is there: the "
                        "page then links to it instead of the number and file above."
                    )
                ),
            ],
            heading=_("Launch"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldPanel("period_label"),
            ],
            heading=_("Period"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("milestone"),
                FieldRowPanel([FieldPanel("milestone_start"), FieldPanel("milestone_date")]),
            ],
            heading=_("Milestone"),
        ),
        FieldPanel("introduction"),
        FieldPanel("purposes"),
    ]
    tasks_panels = [
        FieldPanel("tasks_intro"),
        FieldPanel("tasks"),
        FieldPanel("criteria"),
        FieldPanel("commendation_forms"),
        FieldPanel("closing"),
    ]
    related_panels = [
        InlinePanel("related_campaigns", heading=_("Related campaigns")),
        MultiFieldPanel(
            [PageChooserPanel("interim_review"), PageChooserPanel("final_review")],
            heading=_("Reviews"),
        ),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(tasks_panels, heading=_("Tasks and criteria")),
            ObjectList(related_panels, heading=_("Related and reviews")),
            ObjectList(ContentPage.promote_panels, heading=_("Promote")),
            ObjectList(ContentPage.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def clean(self):
        super().clean()
        errors = {}
        if self.period_start and self.period_end and self.period_end <= self.period_start:
            errors["period_end"] = _("The end date must be after the start date.")
        if (
            self.milestone_start
            and self.milestone_date
            and self.milestone_date < self.milestone_start
        ):
            errors["milestone_date"] = _("The milestone date cannot be before its start date.")
        if (self.milestone_start or self.milestone_date) and not self.milestone:
            errors["milestone"] = _("Name the milestone these dates belong to.")
        if errors:
            raise ValidationError(errors)

    @property
    def status(self):
        return CampaignStatus.for_period(self.period_start, self.period_end, timezone.localdate())

    @property
    def period_text(self):
        """ "25/5/2023 – 31/12/2023" (or from the start only, for an open period)."""
        if not self.period_start:
            return ""
        start = _short_date(self.period_start)
        if self.period_end:
            return f"{start} – {_short_date(self.period_end)}"
        return _("from %(date)s") % {"date": start}

    @property
    def milestone_text(self):
        if not self.milestone:
            return ""
        dates = [_short_date(day) for day in (self.milestone_start, self.milestone_date) if day]
        return f"{self.milestone} ({' – '.join(dates)})" if dates else self.milestone

    @property
    def listing_meta(self):
        parts = [str(self.status.label), self.period_label or self.period_text]
        return " · ".join(part for part in parts if part)

    def summary(self):
        return self.search_description or self.theme

    def body_text(self):
        return self.introduction

    def extra_structured_data(self):
        data = {"about": self.theme, "articleSection": str(_("Emulation campaigns"))}
        if self.launching_body:
            data["author"] = {"@type": "GovernmentOrganization", "name": self.launching_body}
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # News, exemplar stories and any other page type that links here, where installed.
        context["campaign_lists"] = campaign_lists(self)
        context["related_campaigns"] = self.related_campaigns.select_related("campaign")
        return context


def _short_date(day):
    return f"{day.day}/{day.month}/{day.year}"


class CampaignRelation(Orderable):
    """A campaign this call is carried out together with: a page here, or just its name."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="related_campaigns")
    campaign = models.ForeignKey(
        CampaignPage,
        verbose_name=_("campaign page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Choose the campaign when it has a page on this site."),
    )
    name = models.CharField(
        _("campaign name"),
        max_length=500,
        blank=True,
        help_text=_("Otherwise type its name as launched, without quotation marks."),
    )
    period_label = models.CharField(
        _("period"),
        max_length=100,
        blank=True,
        help_text=_("e.g. “giai đoạn 2021–2025”. Empty: the chosen page's own period."),
    )

    panels = [
        PageChooserPanel("campaign", "wagtail_emulation_campaigns.CampaignPage"),
        FieldPanel("name"),
        FieldPanel("period_label"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("related campaign")
        verbose_name_plural = _("related campaigns")

    def clean(self):
        super().clean()
        if not self.campaign_id and not self.name.strip():
            raise ValidationError(
                {"name": _("Choose a campaign page or type the campaign's name.")}
            )

    @property
    def title(self):
        return self.name or (self.campaign.theme if self.campaign else "")

    @property
    def period(self):
        if self.period_label:
            return self.period_label
        return self.campaign.period_label if self.campaign else ""

    def __str__(self):
        return self.title
