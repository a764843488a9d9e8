"""The procedures in the admin: fields, the import, and the broken-links report."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from ..admin_viewsets import OneScreenViewSet
from . import admin_urls
from .models import ProcedureField
from .views import ImportView


class ProcedureFieldViewSet(SnippetViewSet):
    model = ProcedureField
    icon = "tag"
    list_display = ["name", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class ImportViewSet(OneScreenViewSet):
    name = "procedures_import"
    icon = "upload"
    menu_label = _("Import procedures")
    add_to_admin_menu = False
    view_class = ImportView


class ProceduresGroup(ViewSetGroup):
    menu_label = _("Administrative procedures")
    menu_icon = "list-ul"
    menu_order = 260
    items = (ImportViewSet, ProcedureFieldViewSet)


@hooks.register("register_admin_viewset")
def register_procedure_viewsets():
    return ProceduresGroup()


@hooks.register("register_admin_urls")
def register_broken_links_report_urls():
    return [path("emulation/procedures/broken-links/", include(admin_urls))]


class BrokenLinksMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_broken_links_menu_item():
    return BrokenLinksMenuItem(
        _("Broken procedure links"),
        reverse("wagtail_emulation_procedures:broken_links"),
        name="broken-procedure-links",
        icon_name="warning",
        order=1260,
    )
