"""The public notice of candidates for commendation (công khai, lấy ý kiến về danh sách đề
nghị khen thưởng): the list, a window in working days, readers' responses kept private."""

from datetime import timedelta
from functools import cached_property

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
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

from ... import moderation
from ...content.campaign_link import CampaignChooserPanel, CampaignLinkMixin
from ...content.pages import ContentPage
from ...sites import PageScope
from ...working_days import calendar_for
from ..conf import app_settings
from .catalogue import Award, RecipientKind


def default_window():
    return app_settings.COMMENDATIONS_NOTICE_WORKING_DAYS


class NoticeStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Not open yet")
    OPEN = "open", _("Taking comments")
    CLOSED = "closed", _("Closed")


def short_date(day):
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


class CandidateNoticePage(CampaignLinkMixin, ContentPage):
    """A list of candidates put up for public comment before the council meets."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        help_text=_("What is proposed, by whom, and why the list is made public."),
    )
    opens_on = models.DateField(
        _("published on"),
        default=timezone.localdate,
        help_text=_("The day the list is made public; the window is counted from it."),
    )
    window_working_days = models.PositiveSmallIntegerField(
        _("window (working days)"),
        default=default_window,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_(
            "How many working days readers have to respond. Weekends, public holidays (Tết "
            "included) and the days off in “Days off and working days” are skipped."
        ),
    )
    council_meeting_date = models.DateField(
        _("council meeting date"),
        null=True,
        blank=True,
        help_text=_("When the emulation and commendation council meets on the list."),
    )
    receiving_unit = models.CharField(
        _("receiving unit"),
        max_length=255,
        help_text=_(
            "Who receives the comments, e.g. Văn phòng Sở (bộ phận Thi đua – Khen thưởng)."
        ),
    )
    receiving_address = models.CharField(_("address"), max_length=500, blank=True)
    receiving_phone = models.CharField(_("telephone"), max_length=50, blank=True)
    receiving_email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_("Shown to readers, and where new responses are announced."),
    )
    how_to_respond = RichTextField(
        _("how to respond"),
        blank=True,
        help_text=_("Other ways to respond (in writing, in person) and what a response needs."),
    )
    results_summary = RichTextField(
        _("results summary"),
        blank=True,
        help_text=_("Shown once the window has closed: what the comments said and what followed."),
    )

    # Public comments would publish what readers say about candidates: their responses go to
    # the office's private queue instead, so comments are off unless an editor turns them on.
    comments_enabled = models.BooleanField(
        _("allow reader comments"),
        default=False,
        help_text=_(
            "Public comments are shown to everyone; responses to the notice stay private. "
            "Leave unticked unless the office wants public comments as well."
        ),
    )

    campaign_list_heading = _("Notices of candidates")
    campaign_list_order = 50

    subpage_types = []
    template = "wagtail_emulation/commendations/candidate_notice_page.html"

    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("intro"),
        index.SearchField("receiving_unit"),
        index.FilterField("opens_on"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_on"), FieldPanel("window_working_days")]),
                FieldPanel("council_meeting_date"),
            ],
            heading=_("Window for comments"),
        ),
        InlinePanel("candidates", heading=_("Candidates")),
    ]
    respond_panels = [
        FieldPanel("receiving_unit"),
        FieldRowPanel(
            [
                FieldPanel("receiving_address"),
                FieldPanel("receiving_phone"),
                FieldPanel("receiving_email"),
            ]
        ),
        FieldPanel("how_to_respond"),
        FieldPanel("results_summary"),
        CampaignChooserPanel(),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(respond_panels, heading=_("Responses and results")),
            ObjectList(ContentPage.promote_panels, heading=_("Promote")),
            ObjectList(ContentPage.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("notice of candidates")
        verbose_name_plural = _("notices of candidates")

    # --- the window ---------------------------------------------------------------------

    @cached_property
    def calendar(self):
        return calendar_for(self.opens_on)

    @cached_property
    def closes_on(self):
        """The window's last day (responses are taken until the end of it, Vietnam time)."""
        if not self.opens_on or not self.window_working_days:
            return None
        return self.calendar.window_end(
            self.opens_on,
            self.window_working_days,
            count_start=app_settings.COMMENDATIONS_COUNT_PUBLICATION_DAY,
        )

    def status_on(self, day):
        if day < self.opens_on:
            return NoticeStatus.UPCOMING
        if day <= self.closes_on:
            return NoticeStatus.OPEN
        return NoticeStatus.CLOSED

    @property
    def status(self):
        return self.status_on(timezone.localdate())

    @property
    def is_open(self):
        return self.status == NoticeStatus.OPEN

    @property
    def closes_on_text(self):
        return short_date(self.closes_on) if self.closes_on else ""

    @property
    def listing_meta(self):
        return " · ".join(
            [
                str(self.status.label),
                str(_("Comments until %(date)s") % {"date": self.closes_on_text}),
            ]
        )

    def summary(self):
        return self.search_description or self.intro

    def get_cache_key_components(self):
        """The status too: a kept render of the notice goes stale the day its window opens or
        closes, not minutes later."""
        return [*super().get_cache_key_components(), self.status.value]

    def clean(self):
        super().clean()
        if not self.opens_on or not self.window_working_days:
            return
        # The window may have changed in the form: count it afresh.
        self.__dict__.pop("closes_on", None)
        self.__dict__.pop("calendar", None)
        if self.council_meeting_date and self.council_meeting_date <= self.closes_on:
            earliest = self.closes_on + timedelta(days=1)
            raise ValidationError(
                {
                    "council_meeting_date": _(
                        "The council cannot meet before the comments are in: %(days)s working "
                        "days from the publication on %(opens)s end on %(closes)s. Choose a "
                        "meeting date from %(earliest)s on."
                    )
                    % {
                        "days": self.window_working_days,
                        "opens": short_date(self.opens_on),
                        "closes": short_date(self.closes_on),
                        "earliest": short_date(earliest),
                    }
                }
            )


class NoticeCandidate(Orderable):
    """An individual or a collective proposed for a title or form of commendation."""

    page = ParentalKey(CandidateNoticePage, on_delete=models.CASCADE, related_name="candidates")
    kind = models.CharField(
        _("individual or collective"),
        max_length=12,
        choices=[c for c in RecipientKind.choices if c[0] != RecipientKind.BOTH],
        default=RecipientKind.INDIVIDUAL,
    )
    name = models.CharField(_("name"), max_length=255)
    position = models.CharField(_("position"), max_length=255, blank=True)
    unit = models.CharField(_("unit"), max_length=255, blank=True)
    award = models.ForeignKey(
        Award,
        verbose_name=_("proposed title or form"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    award_class = models.CharField(_("class"), max_length=100, blank=True)
    achievements = models.TextField(
        _("summary of achievements"), help_text=_("The main achievements, briefly.")
    )
    dossier = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("dossier file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("name")]),
        FieldRowPanel([FieldPanel("position"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("award"), FieldPanel("award_class")]),
        FieldPanel("achievements"),
        FieldPanel("dossier"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("candidate")
        verbose_name_plural = _("candidates")

    def __str__(self):
        return self.name

    @property
    def award_text(self):
        return (
            f"{self.award.name} {self.award_class.lower()}".strip()
            if self.award_class
            else self.award.name
        )


class NoticeResponse(models.Model):
    """A reader's response to a notice: kept for the emulation office, never published."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        HANDLED = "handled", _("Handled")
        SPAM = "spam", _("Spam")

    page = models.ForeignKey(
        CandidateNoticePage,
        verbose_name=_("notice"),
        on_delete=models.CASCADE,
        related_name="responses",
    )
    candidate = models.ForeignKey(
        NoticeCandidate,
        verbose_name=_("about candidate"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="responses",
    )
    full_name = models.CharField(_("full name"), max_length=150)
    phone = models.CharField(_("telephone"), max_length=30)
    address = models.CharField(_("address"), max_length=500)
    email = models.EmailField(_("e-mail"), blank=True)
    body = models.TextField(_("response"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )
    office_note = models.TextField(
        _("office's note"), blank=True, help_text=_("How the office handled it (never shown).")
    )
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)
    consented_at = models.DateTimeField(_("consent given at"))
    ip_hash = models.CharField(max_length=64, blank=True, editable=False)

    #: How a row knows its site: admin lists keep each editor to theirs (core `sites`).
    site_scope = PageScope("page")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("response to a notice")
        verbose_name_plural = _("responses to notices")

    def __str__(self):
        return _("%(name)s on “%(notice)s”") % {"name": self.full_name, "notice": self.page.title}

    @property
    def candidate_name(self):
        return self.candidate.name if self.candidate_id else ""

    @property
    def excerpt(self):
        return moderation.excerpt(self.body)
