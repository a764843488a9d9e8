"""Page mixins that give a page type a per-page switch for a reader feature.

They carry fields only, so a page type can have them whichever feedback sub-apps are
installed; the switch matters only where the feature is installed and shown. Put
:func:`reader_feedback_panel` in the page's ``settings_panels``: it shows each switch the page
has, followed by what the installed feedback sub-apps add there (the star figures, for one)::

    from wagtail.models import Page
    from wagtail_emulation.feedback.mixins import (
        CommentablePageMixin,
        RatablePageMixin,
        reader_feedback_panel,
    )


    class ArticlePage(RatablePageMixin, CommentablePageMixin, Page):
        settings_panels = [*Page.settings_panels, reader_feedback_panel()]
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from ..hooks import FEEDBACK_PANELS, each


class RatablePageMixin(models.Model):
    """A per-page switch for the star ratings."""

    ratings_enabled = models.BooleanField(
        _("allow star ratings"),
        default=True,
        help_text=_("Untick to hide the rating stars on this page only."),
    )

    class Meta:
        abstract = True


class CommentablePageMixin(models.Model):
    """A per-page switch for reader comments."""

    comments_enabled = models.BooleanField(
        _("allow reader comments"),
        default=True,
        help_text=_("Untick to close comments on this page only."),
    )

    class Meta:
        abstract = True


SWITCH_FIELDS = ("ratings_enabled", "comments_enabled")


class ReaderFeedbackPanel(MultiFieldPanel):
    """The page's feedback switches, then the panels registered by the installed sub-apps.

    The children are chosen when the panel is bound to a page model (the first time an editor
    opens that type), after every app's ``wagtail_hooks`` is loaded.
    """

    def on_model_bound(self):
        field_names = {field.name for field in self.model._meta.get_fields()}
        switches = [FieldPanel(name) for name in SWITCH_FIELDS if name in field_names]
        extra = [panel for panels in each(FEEDBACK_PANELS) for panel in panels]
        self.children = [*switches, *extra]
        super().on_model_bound()


def reader_feedback_panel():
    return ReaderFeedbackPanel([], heading=_("Reader feedback"))
