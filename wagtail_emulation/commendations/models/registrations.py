"""Emulation registration (đăng ký thi đua): each unit's titles and targets for a year."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from ...content.campaign_link import CampaignChooserPanel, CampaignLinkMixin
from ...organisation import Unit
from ...sites import SiteScope, site_field
from .catalogue import Award


class RegistrationRound(CampaignLinkMixin, index.Indexed, models.Model):
    """A call for registrations: one year, optionally one campaign, and a deadline."""

    title = models.CharField(
        _("title"), max_length=255, help_text=_("e.g. “Đăng ký thi đua năm 2023”.")
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1945), MaxValueValidator(2100)]
    )
    deadline = models.DateField(
        _("deadline"), help_text=_("The last day units may register (day/month/year).")
    )
    accept_late = models.BooleanField(
        _("accept late registrations"),
        default=False,
        help_text=_("Tick to let editors still enter registrations after the deadline."),
    )
    note = models.TextField(_("note"), blank=True)
    site = site_field(
        _("The site whose registration table shows it. Empty: every site of the install.")
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("deadline")]),
        FieldPanel("accept_late"),
        CampaignChooserPanel(),
        FieldPanel("note"),
        FieldPanel("site"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.FilterField("year"),
    ]

    site_scope = SiteScope()

    class Meta:
        ordering = ["-year", "-deadline"]
        verbose_name = _("registration round")
        verbose_name_plural = _("registration rounds")

    def __str__(self):
        return self.title

    def is_closed(self, day=None):
        return (day or timezone.localdate()) > self.deadline


class Registration(models.Model):
    """One unit's registration for one title in a round: how many, and its targets."""

    round = models.ForeignKey(
        RegistrationRound,
        verbose_name=_("registration round"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    unit = models.ForeignKey(
        Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="registrations"
    )
    award = models.ForeignKey(
        Award,
        verbose_name=_("title or form"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    count = models.PositiveIntegerField(
        _("number registered"),
        default=1,
        validators=[MinValueValidator(1)],
        help_text=_("How many individuals or collectives of the unit register for it."),
    )
    targets = models.TextField(_("targets"), blank=True)
    registered_on = models.DateField(_("registered on"), default=timezone.localdate)

    panels = [
        FieldPanel("round"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("award")]),
        FieldRowPanel([FieldPanel("count"), FieldPanel("registered_on")]),
        FieldPanel("targets"),
    ]
    #: A registration belongs to its round's site (core `sites`).
    site_scope = SiteScope("round__site")

    class Meta:
        ordering = ["round", "unit__sort_order", "unit__name", "award__sort_order"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "unit", "award"], name="commendations_one_registration_per_title"
            )
        ]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")

    def __str__(self):
        return f"{self.unit} – {self.award} ({self.count})"

    def clean(self):
        super().clean()
        emulation_round = getattr(self, "round", None) if self.round_id else None
        if (
            emulation_round is not None
            and self.registered_on
            and self.registered_on > emulation_round.deadline
            and not emulation_round.accept_late
        ):
            raise ValidationError(
                {
                    "registered_on": _(
                        "The round “%(round)s” closed on %(deadline)s: it takes no more "
                        "registrations."
                    )
                    % {
                        "round": emulation_round.title,
                        "deadline": f"{emulation_round.deadline:%d/%m/%Y}",
                    }
                }
            )
