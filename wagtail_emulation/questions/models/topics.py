from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel


class QuestionTopic(models.Model):
    """A subject area (lĩnh vực) readers file their question under: civil law, land…"""

    name = models.CharField(_("name"), max_length=150, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)
    active = models.BooleanField(
        _("offered to readers"),
        default=True,
        help_text=_("Untick to stop offering it on the form; its questions stay."),
    )

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("sort_order")]), FieldPanel("active")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("subject area")
        verbose_name_plural = _("subject areas")

    def __str__(self):
        return self.name
