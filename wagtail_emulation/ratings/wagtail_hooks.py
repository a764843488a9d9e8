"""What ratings plug into: the star widget under pages, the page's JSON-LD (its
``aggregateRating``), the state endpoint, the page editor's "Reader feedback" group, the vote
URL, the template tags, and the report in Wagtail's Reports menu (wired the way Wagtail's own
reports are)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from ..feedback.state import StatePart
from ..feedback.widgets import FeedbackWidget
from ..hooks import (
    FEEDBACK_PANELS,
    FEEDBACK_WIDGETS,
    STATE_PARTS,
    STRUCTURED_DATA,
    TEMPLATE_TAGS,
    URLS,
)
from . import admin_urls


@hooks.register("register_admin_urls")
def register_rating_report_urls():
    return [path("emulation/ratings/report/", include(admin_urls))]


class RatingReportMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_rating_report_menu_item():
    return RatingReportMenuItem(
        _("Star ratings"),
        reverse("wagtail_emulation_ratings:report"),
        name="star-ratings",
        icon_name="pick",
        order=1250,
    )


@hooks.register(URLS)
def register_ratings_urls():
    return [path("ratings/", include("wagtail_emulation.ratings.urls"))]


@hooks.register(TEMPLATE_TAGS)
def register_ratings_template_tags():
    from .templatetags.emulation_ratings import register

    return register


@hooks.register(FEEDBACK_WIDGETS)
def register_rating_widget():
    from .widgets import render_rating_widget

    return FeedbackWidget("rating", render_rating_widget, order=10)


@hooks.register(STRUCTURED_DATA)
def add_aggregate_rating(request, page):
    from .widgets import rating_structured_data

    return rating_structured_data(request, page)


@hooks.register(STATE_PARTS)
def register_rating_state():
    from .state import rating_state

    return StatePart("rating", rating_state)


@hooks.register(FEEDBACK_PANELS)
def register_rating_summary_panel():
    from .panels import RatingSummaryPanel

    return [RatingSummaryPanel()]
