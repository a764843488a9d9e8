"""The admin dashboard panel: visits and views per day for the last 30 days, for each site."""

from django.forms import Media
from django.templatetags.static import static
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

from ..sites import sites_for_user
from .chart import build_chart
from .figures import site_figures, site_history

ADMIN_CSS = "wagtail_emulation/visits/admin.css"


def site_overview(site, days=30):
    history = site_history(site, days=days)
    return {
        "site": site,
        "days": history.days,
        "today": history.today,
        "figures": site_figures(site),
        "chart": build_chart(history.days),
        "chart_id": f"visit-chart-{site.pk}",
    }


class VisitsDashboardPanel(Component):
    """Visits and views per day for the last 30 days, and today's figures, for each site."""

    name = "visit_statistics"
    template_name = "wagtail_emulation/visits/admin/dashboard_panel.html"
    order = 150

    @property
    def media(self):
        return Media(css={"all": [static(ADMIN_CSS)]})

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        sites = sites_for_user(user).order_by("-is_default_site", "hostname", "port")
        return {
            "overviews": [site_overview(site) for site in sites],
            # The report needs some page permission (see TopPagesReportView).
            "show_report_link": PagePermissionPolicy().user_has_any_permission(
                user, ["add", "change", "publish"]
            ),
        }
