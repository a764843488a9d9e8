from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from .panels import RatingSummaryPanel


class RatablePageMixin(models.Model):
    """Gives a page type star ratings by default and a per-page switch to turn them off.

    Add it before ``Page`` in the bases and put ``RatablePageMixin.ratings_panel`` in the
    page's ``settings_panels`` (or any panel list): the switch, then the page's figures.
    """

    ratings_enabled = models.BooleanField(
        _("allow star ratings"),
        default=True,
        help_text=_("Untick to hide the rating stars on this page only."),
    )

    ratings_panel = MultiFieldPanel(
        [FieldPanel("ratings_enabled"), RatingSummaryPanel(heading="")],
        heading=_("Star ratings"),
    )

    class Meta:
        abstract = True
