"""The page editor's panel: views of the page edited, per day and in total."""

from django.forms import Media
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .dashboard import ADMIN_CSS
from .figures import page_history, page_view_count


class PageVisitsPanel(Panel):
    """Read-only: views of the page edited, per day for 30 days and in total.

    Add it to a page type's panels, e.g. ``settings_panels = Page.settings_panels +
    [PageVisitsPanel()]``.
    """

    def __init__(self, *args, days=30, **kwargs):
        kwargs.setdefault("heading", _("Visit statistics"))
        super().__init__(*args, **kwargs)
        self.days = days

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "days": self.days}

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtail_emulation/visits/admin/page_panel.html"

        @property
        def media(self):
            return Media(css={"all": [static(ADMIN_CSS)]})

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(page_statistics(self.instance, self.panel.days))
            return context


def page_statistics(page, days=30):
    if page is None or not page.pk:
        return {"history": [], "total": 0}
    site = page.get_site()
    return {
        "history": page_history(page, days=days),
        "total": page_view_count(page, site.pk if site else 0),
    }
