"""Emulation clusters and blocks (cụm, khối thi đua) of the core's units.

The units themselves are the core's organisation tree (:mod:`wagtail_emulation.organisation`);
which cluster a unit emulates in is this sub-app's business.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.search import index


class EmulationCluster(index.Indexed, ClusterableModel):
    """A cluster or block of units that emulate each other under a signed pact."""

    class Kind(models.TextChoices):
        CLUSTER = "cluster", _("Emulation cluster")
        BLOCK = "block", _("Emulation block")

    name = models.CharField(_("name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.CLUSTER)
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, help_text=_("The year of the pact; empty if lasting.")
    )
    pact = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("signed emulation pact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The emulation pact (giao ước thi đua) the units signed."),
    )
    pact_signed_on = models.DateField(_("pact signed on"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("year"), FieldPanel("pact_signed_on")]),
        FieldPanel("pact"),
        FieldPanel("description"),
        InlinePanel("members", heading=_("Units"), label=_("Unit")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("emulation cluster or block")
        verbose_name_plural = _("emulation clusters and blocks")

    def __str__(self):
        return f"{self.name} ({self.year})" if self.year else self.name


class ClusterMember(models.Model):
    """A unit's place in a cluster: a unit emulates in one cluster or block at most."""

    cluster = ParentalKey(
        EmulationCluster,
        verbose_name=_("emulation cluster or block"),
        on_delete=models.CASCADE,
        related_name="members",
    )
    unit = models.OneToOneField(
        "wagtail_emulation.Unit",
        verbose_name=_("unit"),
        on_delete=models.CASCADE,
        related_name="emulation_membership",
    )

    panels = [FieldPanel("unit")]

    class Meta:
        verbose_name = _("unit of a cluster")
        verbose_name_plural = _("units of a cluster")

    def __str__(self):
        return f"{self.unit} – {self.cluster}"
