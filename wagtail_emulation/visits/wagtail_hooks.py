from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from ..feedback.state import StatePart
from ..feedback.widgets import FeedbackWidget
from ..hooks import FEEDBACK_WIDGETS, FOOT, STATE_PARTS, TEMPLATE_TAGS, URLS
from . import widgets
from .admin_views import PageVisitsView, TopPagesReportView
from .dashboard import VisitsDashboardPanel
from .province_report import ProvinceVisitsView, sees_every_site

admin_urlpatterns = [
    path("top-pages/", TopPagesReportView.as_view(), name="top_pages"),
    path(
        "top-pages/results/",
        TopPagesReportView.as_view(results_only=True),
        name="top_pages_results",
    ),
    path("page/<int:page_id>/", PageVisitsView.as_view(), name="page"),
    path("by-site/", ProvinceVisitsView.as_view(), name="by_site"),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "visits/",
            include(
                (admin_urlpatterns, "wagtail_emulation_visits"),
                namespace="wagtail_emulation_visits",
            ),
        )
    ]


class TopPagesMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_top_pages_menu_item():
    return TopPagesMenuItem(
        _("Most viewed pages"),
        reverse("wagtail_emulation_visits:top_pages"),
        name="most-viewed-pages",
        icon_name="view",
        order=1400,
    )


class ProvinceVisitsMenuItem(MenuItem):
    def is_shown(self, request):
        return sees_every_site(request.user)


@hooks.register("register_reports_menu_item")
def register_province_visits_menu_item():
    return ProvinceVisitsMenuItem(
        _("Visits by site"),
        reverse("wagtail_emulation_visits:by_site"),
        name="visits-by-site",
        icon_name="view",
        order=1410,
    )


@hooks.register("construct_homepage_panels")
def add_visits_panel(request, panels):
    panels.append(VisitsDashboardPanel())


class PageVisitsMenuItem(PageMenuItem):
    label = _("Visit statistics")
    icon_name = "view"
    url_name = "wagtail_emulation_visits:page"
    priority = 66

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_edit()


@hooks.register("register_page_header_buttons")
def page_visits_button(page, user, view_name, next_url=None):
    """ "Visit statistics" in the page editor's header menu (and the explorer's)."""
    if page.pk and not page.is_root():
        yield PageVisitsMenuItem(page=page)


@hooks.register(URLS)
def register_visits_urls():
    return [path("visits/", include("wagtail_emulation.visits.urls"))]


@hooks.register(TEMPLATE_TAGS)
def register_visits_template_tags():
    from .templatetags.emulation_visits import register

    return register


@hooks.register(FEEDBACK_WIDGETS)
def register_page_views_widget():
    return FeedbackWidget("page_views", widgets.feedback_widget, order=30)


@hooks.register(STATE_PARTS)
def register_site_visits_state():
    return StatePart("visits", widgets.visits_state)


@hooks.register(STATE_PARTS)
def register_page_views_state():
    return StatePart("page-views", widgets.page_views_state)


@hooks.register(FOOT)
def register_visit_tracker(context, page):
    """``{% emulation_foot page %}`` counts the view."""
    return widgets.render_tracker(context.get("request"), page)
