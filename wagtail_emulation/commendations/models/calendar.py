from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel


class CalendarException(models.Model):
    """A day the public-holiday calendar does not know: an extra day off (a bridge day the
    government or the province decided) or a compensatory working day on a weekend."""

    class Kind(models.TextChoices):
        DAY_OFF = "day_off", _("Extra day off")
        WORKING_DAY = "working_day", _("Compensatory working day")

    day = models.DateField(_("date"), unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.DAY_OFF)
    note = models.CharField(
        _("note"),
        max_length=255,
        blank=True,
        help_text=_("Why, e.g. the decision that moved the day."),
    )

    panels = [FieldRowPanel([FieldPanel("day"), FieldPanel("kind")]), FieldPanel("note")]

    class Meta:
        ordering = ["-day"]
        verbose_name = _("day off or working day")
        verbose_name_plural = _("days off and working days")

    def __str__(self):
        return f"{self.day:%d/%m/%Y} – {self.get_kind_display()}"
