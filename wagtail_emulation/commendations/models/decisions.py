"""The register of commendation decisions (sổ quyết định khen thưởng) and their recipients."""

import swapper
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.models import Orderable
from wagtail.search import index

from ...content.campaign_link import CampaignChooserPanel, CampaignLinkMixin
from ...content.story_link import ExemplarStoryChooserPanel, exemplars_installed
from ...organisation import Unit
from ...sites import SiteScope, site_field
from .catalogue import Award, RecipientKind

# The recipient's portrait on the honour board; keep the templates in step.
HONOUR_PHOTO_SPEC = "fill-160x200"


def number_key(number):
    """What an exact or prefix search of a number compares: case-folded, without spaces."""
    return "".join((number or "").split()).casefold()


class DecisionStatus(models.TextChoices):
    IN_FORCE = "in_force", pgettext_lazy("decision", "In force")
    REVOKED = "revoked", pgettext_lazy("decision", "Revoked")


class Decision(CampaignLinkMixin, index.Indexed, ClusterableModel):
    """A signed commendation decision: who, for what, by whom, and the signed file."""

    number = models.CharField(
        _("number and symbol"), max_length=100, help_text=_("e.g. 123/QĐ-UBND.")
    )
    number_key = models.CharField(max_length=100, editable=False, db_index=True)
    date = models.DateField(_("date signed"), db_index=True)
    issuing_body = models.CharField(
        _("issuing body"), max_length=255, help_text=_("e.g. Ủy ban nhân dân tỉnh Điện Biên.")
    )
    signer_name = models.CharField(_("signed by"), max_length=255)
    signer_position = models.CharField(
        _("signer's position"), max_length=255, blank=True, help_text=_("e.g. Chủ tịch.")
    )
    award = models.ForeignKey(
        Award,
        verbose_name=_("title or form"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="decisions",
        help_text=_("Empty only for a decision that revokes another rather than awards."),
    )
    award_class = models.CharField(
        _("class"), max_length=100, blank=True, help_text=_("e.g. Hạng Ba; empty if none.")
    )
    achievement_period = models.CharField(
        _("achievement period"),
        max_length=255,
        blank=True,
        help_text=_("The achievements it rewards, e.g. “năm 2023” or “giai đoạn 2021–2025”."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("The decision's subject line (trích yếu).")
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("signed file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    site = site_field(
        _("The site whose register lists it. Empty: every site of the install lists it.")
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=DecisionStatus.choices,
        default=DecisionStatus.IN_FORCE,
        editable=False,
        db_index=True,
    )
    revoked_by = models.ForeignKey(
        "self",
        verbose_name=_("revoked by decision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="revoked_decisions",
        help_text=_(
            "Only when a later decision revoked this one: choose it. The decision stays in "
            "the register, marked revoked."
        ),
    )
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)

    search_fields = [
        index.SearchField("number"),
        index.AutocompleteField("number"),
        index.SearchField("summary"),
        index.SearchField("issuing_body"),
        index.FilterField("date"),
    ]

    campaign_list_heading = _("Commendation decisions")

    details_panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("date")]),
        FieldRowPanel(
            [FieldPanel("issuing_body"), FieldPanel("signer_name"), FieldPanel("signer_position")]
        ),
        FieldRowPanel([FieldPanel("award"), FieldPanel("award_class")]),
        FieldPanel("achievement_period"),
        FieldPanel("summary"),
        FieldPanel("document"),
        FieldPanel("site"),
    ]
    recipients_panels = [InlinePanel("recipients", heading=_("Recipients"))]
    links_panels = [
        CampaignChooserPanel(help_text=_("The emulation campaign this decision rewards, if any.")),
        *([InlinePanel("stories", heading=_("Exemplar stories"))] if exemplars_installed() else []),
        MultiFieldPanel(
            [FieldPanel("revoked_by"), FieldPanel("revocation_reason")],
            heading=_("Revocation"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(details_panels, heading=_("Decision")),
            ObjectList(recipients_panels, heading=_("Recipients")),
            ObjectList(links_panels, heading=_("Links and revocation")),
        ]
    )

    site_scope = SiteScope()

    class Meta:
        ordering = ["-date", "-pk"]
        indexes = [
            # The register's and the honour board's order: newest first, read through the index.
            models.Index(fields=["-date", "-id"], name="commendations_newest"),
            models.Index(fields=["award", "-date"], name="commendations_award_date"),
            models.Index(fields=["campaign", "-date"], name="commendations_campaign_date"),
        ]
        verbose_name = _("commendation decision")
        verbose_name_plural = _("commendation decisions")

    def __str__(self):
        return _("Decision No. %(number)s of %(date)s") % {
            "number": self.number,
            "date": f"{self.date:%d/%m/%Y}" if self.date else "",
        }

    @property
    def is_revoked(self):
        return self.status == DecisionStatus.REVOKED

    @property
    def award_text(self):
        """ "Huân chương Lao động hạng Ba"."""
        name = self.award.name if self.award_id else ""
        return f"{name} {self.award_class.lower()}".strip() if self.award_class else name

    @property
    def revoked_by_number(self):
        return self.revoked_by.number if self.revoked_by_id else ""

    @property
    def recipient_list(self):
        """ "Name (unit); Name (unit)…" for exports."""
        return "; ".join(
            f"{each.name} ({each.unit_text})" if each.unit_text else each.name
            for each in self.recipients.all()
        )

    def clean(self):
        super().clean()
        errors = {}
        if self.award_id and self.award_class:
            classes = self.award.class_list()
            if classes and self.award_class not in classes:
                errors["award_class"] = _("Choose one of this award's classes: %(classes)s.") % {
                    "classes": ", ".join(classes)
                }
        if self.revoked_by_id:
            revoking = self.revoked_by
            if self.pk and revoking.pk == self.pk:
                errors["revoked_by"] = _("A decision cannot revoke itself.")
            elif self.date and revoking.date < self.date:
                errors["revoked_by"] = _(
                    "The revoking decision (%(date)s) cannot be older than this one."
                ) % {"date": f"{revoking.date:%d/%m/%Y}"}
        elif self.revocation_reason.strip():
            errors["revoked_by"] = _("Choose the decision that revoked this one.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.number = " ".join(self.number.split())
        self.number_key = number_key(self.number)
        self.status = DecisionStatus.REVOKED if self.revoked_by_id else DecisionStatus.IN_FORCE
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "number", "number_key", "status"}
        super().save(*args, **kwargs)


class DecisionRecipient(Orderable):
    """An individual (name, position, unit) or a collective honoured by a decision."""

    decision = ParentalKey(Decision, on_delete=models.CASCADE, related_name="recipients")
    kind = models.CharField(
        _("individual or collective"),
        max_length=12,
        choices=[c for c in RecipientKind.choices if c[0] != RecipientKind.BOTH],
        default=RecipientKind.INDIVIDUAL,
    )
    name = models.CharField(
        _("name"), max_length=255, help_text=_("The person's full name or the collective's name.")
    )
    position = models.CharField(_("position"), max_length=255, blank=True)
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="recipients",
    )
    unit_name = models.CharField(
        _("unit (if not in the list)"),
        max_length=255,
        blank=True,
        help_text=_("Type the unit's name when it is not one of the units above."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_consent = models.BooleanField(
        _("the recipient agreed to publish the photo"),
        default=False,
        help_text=_(
            "Tick only when the person (or the collective's head) has agreed in writing. "
            "Without it the photo is kept but never shown."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("name")]),
        FieldRowPanel([FieldPanel("position"), FieldPanel("unit"), FieldPanel("unit_name")]),
        FieldRowPanel([FieldPanel("photo"), FieldPanel("photo_consent")]),
    ]

    class Meta(Orderable.Meta):
        indexes = [models.Index(fields=["unit"], name="commendations_recipient_unit")]
        verbose_name = _("recipient")
        verbose_name_plural = _("recipients")

    def __str__(self):
        return self.name

    @property
    def unit_text(self):
        return self.unit.name if self.unit_id else self.unit_name

    @property
    def published_photo(self):
        """The photo, only when the recipient's consent is recorded."""
        return self.photo if self.photo_consent else None


class DecisionStory(Orderable):
    """An exemplar story that tells the achievements this decision rewards."""

    decision = ParentalKey(Decision, on_delete=models.CASCADE, related_name="stories")
    page = models.ForeignKey(
        swapper.get_model_name("wagtailcore", "Page"),
        verbose_name=_("exemplar story"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [ExemplarStoryChooserPanel()]

    class Meta(Orderable.Meta):
        verbose_name = _("exemplar story")
        verbose_name_plural = _("exemplar stories")
