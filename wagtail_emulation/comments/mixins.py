from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class CommentablePageMixin(models.Model):
    """Gives a page type reader comments by default and a per-page switch to turn them off.

    Add it before ``Page`` in the bases and put ``CommentablePageMixin.comments_panel`` in the
    page's ``settings_panels`` (or any panel list).
    """

    comments_enabled = models.BooleanField(
        _("allow reader comments"),
        default=True,
        help_text=_("Untick to close comments on this page only."),
    )

    comments_panel = FieldPanel("comments_enabled")

    class Meta:
        abstract = True
