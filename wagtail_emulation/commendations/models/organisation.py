"""Organisation units (đơn vị), nested, and emulation clusters and blocks (cụm, khối thi đua)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index


class EmulationCluster(index.Indexed, models.Model):
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
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("emulation cluster or block")
        verbose_name_plural = _("emulation clusters and blocks")

    def __str__(self):
        return f"{self.name} ({self.year})" if self.year else self.name


class Unit(index.Indexed, models.Model):
    """An agency, department or office; units nest (a division of a department…)."""

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(
        _("short name"),
        max_length=100,
        blank=True,
        help_text=_("How imports and tables may name it, e.g. “Phòng HCTP”."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("belongs to"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    cluster = models.ForeignKey(
        EmulationCluster,
        verbose_name=_("emulation cluster or block"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="units",
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("short_name")]),
        FieldRowPanel([FieldPanel("parent"), FieldPanel("cluster")]),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("short_name"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        ancestor, seen = self.parent, set()
        while ancestor is not None:
            if (self.pk and ancestor.pk == self.pk) or ancestor.pk in seen:
                raise ValidationError(
                    {"parent": _("A unit cannot belong to itself or to one of its own units.")}
                )
            seen.add(ancestor.pk)
            ancestor = ancestor.parent

    @classmethod
    def with_descendants(cls, unit_id):
        """``unit_id`` and the ids of every unit nested under it (units are few: one query)."""
        children = {}
        for pk, parent_id in cls.objects.values_list("pk", "parent_id"):
            children.setdefault(parent_id, []).append(pk)
        found, queue = [], [unit_id]
        while queue:
            current = queue.pop()
            found.append(current)
            queue.extend(children.get(current, []))
        return found
