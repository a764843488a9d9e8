"""The catalogue of emulation titles and forms of commendation, as data editors change.

Seeded by a data migration from the Law on Emulation and Commendation 06/2022/QH15; laws and
decrees change, so names, classes, levels and the legal basis are all editable text.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index


class AwardKind(models.TextChoices):
    TITLE = "title", _("Emulation title")
    FORM = "form", _("Form of commendation")


class RecipientKind(models.TextChoices):
    INDIVIDUAL = "individual", _("Individual")
    COLLECTIVE = "collective", _("Collective")
    BOTH = "both", _("Individual or collective")


class Award(index.Indexed, models.Model):
    """An emulation title (danh hiệu thi đua) or a form of commendation (hình thức khen
    thưởng), e.g. "Chiến sĩ thi đua cơ sở" or "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"."""

    name = models.CharField(_("name"), max_length=255, unique=True)
    kind = models.CharField(
        _("kind"), max_length=10, choices=AwardKind.choices, default=AwardKind.FORM
    )
    group = models.CharField(
        _("group"),
        max_length=100,
        blank=True,
        help_text=_("The law's group, e.g. Huân chương, Bằng khen, Giấy khen."),
    )
    recipients = models.CharField(
        _("awarded to"),
        max_length=12,
        choices=RecipientKind.choices,
        default=RecipientKind.BOTH,
    )
    level = models.CharField(
        pgettext_lazy("award", "level"),
        max_length=100,
        blank=True,
        help_text=_("Who confers it, e.g. cơ sở, bộ/ngành/tỉnh, Nhà nước."),
    )
    classes = models.TextField(
        _("classes"),
        blank=True,
        help_text=_("One class per line (e.g. Hạng Nhất, Hạng Nhì, Hạng Ba); empty if none."),
    )
    legal_basis = models.TextField(
        _("legal basis"),
        blank=True,
        help_text=_("The law, decree or regulation it rests on, as the office cites it."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)
    active = models.BooleanField(
        _("in use"),
        default=True,
        help_text=_("Untick to keep it for old decisions but offer it no more."),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("group")]),
        FieldRowPanel([FieldPanel("recipients"), FieldPanel("level")]),
        FieldPanel("classes"),
        FieldPanel("legal_basis"),
        FieldRowPanel([FieldPanel("sort_order"), FieldPanel("active")]),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("group"),
        index.FilterField("kind"),
        index.FilterField("active"),
    ]

    class Meta:
        ordering = ["kind", "sort_order", "name"]
        verbose_name = _("title or form of commendation")
        verbose_name_plural = _("titles and forms of commendation")

    def __str__(self):
        return self.name

    def class_list(self):
        return [line.strip() for line in self.classes.splitlines() if line.strip()]
