"""The figures of a page in its editor: count, average and how the votes spread over 1–5 stars.

``RatablePageMixin.ratings_panel`` includes it; a host page type adds it to any panel list::

    from wagtail_emulation.ratings.panels import RatingSummaryPanel

    settings_panels = [*Page.settings_panels, RatingSummaryPanel()]
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .display import average_text, summary_text


class RatingSummaryPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Star ratings"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtail_emulation/ratings/admin/summary_panel.html"

        def is_shown(self):
            return bool(self.instance and self.instance.pk)

        def get_context_data(self, parent_context=None):
            from .summaries import live_summary  # → models → mixins → this module

            context = super().get_context_data(parent_context)
            summary = live_summary(self.instance.pk)
            context.update(
                summary=summary,
                summary_text=summary_text(summary),
                average_text=average_text(summary.average),
                rows=[
                    {
                        "score": score,
                        "votes": votes,
                        "percent": round(100 * votes / summary.count) if summary.count else 0,
                    }
                    for score, votes in summary.histogram()
                ],
            )
            return context
