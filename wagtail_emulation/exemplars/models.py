"""Exemplar stories (gương điển hình tiên tiến) and the index that lists them.

Exemplars go through four stages: discovered, nurtured, summarised and replicated
(Phát hiện – Bồi dưỡng – Tổng kết – Nhân rộng); the law names discovering, nurturing and
replicating them (Law 06/2022/QH15, Article 17(4)), summarising is the step practice adds. A
subject's photo is published only when the editor has recorded the subject's consent, since
using a person's image needs it (Civil Code 2015, Article 32(1)).
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
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
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..content.campaign_link import CampaignChooserPanel, CampaignLinkMixin
from ..content.pages import ContentIndexPage, ContentPage

# The portrait's rendition in exemplar_story_page.html; keep the template in step.
PORTRAIT_SPEC = "fill-320x400"


class ExemplarStage(models.TextChoices):
    DISCOVERED = "discovered", _("Discovered")
    NURTURED = "nurtured", _("Nurtured")
    SUMMARISED = "summarised", _("Summarised")
    REPLICATED = "replicated", _("Replicated")


class SubjectKind(models.TextChoices):
    PERSON = "person", _("Individual")
    COLLECTIVE = "collective", _("Collective")


class ExemplarIndexPage(ContentIndexPage):
    """Lists exemplar stories, newest year first, filterable by stage, year and kind."""

    section_title = pgettext_lazy("standard section", "Exemplary models")

    subpage_types = ["wagtail_emulation_exemplars.ExemplarStoryPage"]
    template = "wagtail_emulation/exemplars/exemplar_index_page.html"

    class Meta:
        verbose_name = _("exemplar index")
        verbose_name_plural = _("exemplar indexes")

    filter_form = "wagtail_emulation.exemplars.forms.ExemplarFilterForm"

    listing_order = ("-year", "-first_published_at", "-pk")


class ExemplarStoryPage(CampaignLinkMixin, ContentPage):
    listing_image_field = "photo"

    subject_name = models.CharField(
        # Wagtail's form pages have a "subject" (of the e-mail): another word in Vietnamese.
        pgettext_lazy("exemplar story", "subject"),
        max_length=255,
        help_text=_("The person's full name, or the collective's name."),
    )
    subject_kind = models.CharField(
        _("individual or collective"),
        max_length=20,
        choices=SubjectKind.choices,
        default=SubjectKind.PERSON,
    )
    unit = models.CharField(
        _("unit"),
        max_length=255,
        blank=True,
        help_text=_("The agency or unit the subject belongs to."),
    )
    position = models.CharField(
        _("position"),
        max_length=255,
        blank=True,
        help_text=_("The person's post or title; leave empty for a collective."),
    )
    stage = models.CharField(
        _("stage"),
        max_length=20,
        choices=ExemplarStage.choices,
        default=ExemplarStage.DISCOVERED,
        help_text=_(
            "Where the exemplar stands in the cycle: discovered, nurtured, summarised, replicated."
        ),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(1945), MaxValueValidator(2100)],
        help_text=_("The year of the achievements told here."),
    )
    achievements = RichTextField(
        _("achievements"),
        blank=True,
        help_text=_("The outstanding achievements, briefly, one per line or paragraph."),
    )
    story = RichTextField(_("story"), help_text=_("The story of the exemplar."))
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_consent = models.BooleanField(
        _("the subject agreed to publish the photo"),
        default=False,
        help_text=_(
            "Tick only when the subject (or the collective's head) has agreed in writing. "
            "Without it the photo is kept but never shown."
        ),
    )

    campaign_list_heading = _("Exemplars of this campaign")
    campaign_list_order = 10

    schema_type = "Article"
    parent_page_types = ["wagtail_emulation_exemplars.ExemplarIndexPage"]
    subpage_types = []
    template = "wagtail_emulation/exemplars/exemplar_story_page.html"

    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("subject_name", boost=2),
        index.AutocompleteField("subject_name"),
        index.SearchField("unit"),
        index.SearchField("achievements"),
        index.SearchField("story"),
        index.FilterField("stage"),
        index.FilterField("year"),
        index.FilterField("subject_kind"),
    ]

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("subject_name"), FieldPanel("subject_kind")]),
                FieldRowPanel([FieldPanel("unit"), FieldPanel("position")]),
            ],
            heading=_("Subject"),
        ),
        FieldRowPanel([FieldPanel("stage"), FieldPanel("year")]),
        FieldPanel("achievements"),
        FieldPanel("story"),
    ]
    recognition_panels = [
        CampaignChooserPanel(
            help_text=_(
                "The emulation campaign the exemplar emerged from; the story then appears on "
                "its page."
            )
        ),
        InlinePanel("commendations", heading=_("Commendations received")),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_consent")], heading=_("Photo")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(recognition_panels, heading=_("Commendation and photo")),
            ObjectList(ContentPage.promote_panels, heading=_("Promote")),
            ObjectList(ContentPage.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("exemplar story")
        verbose_name_plural = _("exemplar stories")

    @property
    def published_photo(self):
        """The photo, only when the subject's consent is recorded."""
        return self.photo if self.photo_consent else None

    def social_image(self):
        return self.published_photo

    def summary(self):
        return self.search_description or self.achievements

    def body_text(self):
        return self.story

    @property
    def listing_meta(self):
        parts = [self.subject_name, self.unit, f"{self.get_stage_display()} ({self.year})"]
        return " · ".join(str(part) for part in parts if part)

    def images_to_prepare(self):
        prepared = super().images_to_prepare()
        if self.published_photo:
            prepared.append((self.published_photo, [PORTRAIT_SPEC]))
        return prepared

    def extra_structured_data(self):
        kind = "Person" if self.subject_kind == SubjectKind.PERSON else "Organization"
        subject = {"@type": kind, "name": self.subject_name}
        if self.unit and kind == "Person":
            subject["affiliation"] = {"@type": "GovernmentOrganization", "name": self.unit}
        return {"about": subject}


class ExemplarCommendation(Orderable):
    """One form of commendation the subject received (certificate of merit, title, flag…)."""

    page = ParentalKey(ExemplarStoryPage, on_delete=models.CASCADE, related_name="commendations")
    title = models.CharField(
        _("commendation"),
        max_length=255,
        help_text=_("e.g. “Bằng khen của Bộ trưởng Bộ Tư pháp” or “Chiến sĩ thi đua cơ sở”."),
    )
    decision = models.CharField(
        _("decision"),
        max_length=255,
        blank=True,
        help_text=_("Number and date of the decision, e.g. 1234/QĐ-BTP ngày 20/12/2023."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1945), MaxValueValidator(2100)],
    )

    panels = [FieldPanel("title"), FieldRowPanel([FieldPanel("decision"), FieldPanel("year")])]

    class Meta(Orderable.Meta):
        verbose_name = _("commendation")
        verbose_name_plural = _("commendations")

    def __str__(self):
        return self.title
