from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class RatablePageMixin(models.Model):
    """Gives a page type star ratings by default and a per-page switch to turn them off.

    Add it before ``Page`` in the bases and put ``RatablePageMixin.ratings_panel`` in the
    page's ``settings_panels`` (or any panel list).
    """

    ratings_enabled = models.BooleanField(
        _("allow star ratings"),
        default=True,
        help_text=_("Untick to hide the rating stars on this page only."),
    )

    ratings_panel = FieldPanel("ratings_enabled")

    class Meta:
        abstract = True
