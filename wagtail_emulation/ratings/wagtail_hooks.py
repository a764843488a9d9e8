"""The ratings report in Wagtail's Reports menu, wired the way Wagtail's own reports are;
the vote URL and the template tags."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from ..hooks import TEMPLATE_TAGS, URLS
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
