from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from ..admin_columns import yes_no_column
from ..admin_viewsets import OneScreenViewSet
from ..site_scoped_admin import SiteScopedViewSetMixin
from .admin_views import ScheduleImportView
from .models import ScheduleItem


class ScheduleItemViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = ScheduleItem
    icon = "date"
    menu_label = _("Schedule items")
    list_display = [
        "date",
        "start_time",
        "content",
        "chaired_by",
        yes_no_column(ScheduleItem, "is_private"),
    ]
    list_filter = ["date", "is_private", "preparing_unit"]
    search_fields = ["content", "chaired_by", "place", "attendees"]
    ordering = ["-date", "start_time"]


class ScheduleImportViewSet(OneScreenViewSet):
    name = "work_schedule_import"
    icon = "upload"
    menu_label = _("Import a schedule")
    view_class = ScheduleImportView


class WorkScheduleGroup(ViewSetGroup):
    menu_label = _("Work schedule")
    menu_icon = "date"
    menu_order = 240
    items = (ScheduleItemViewSet, ScheduleImportViewSet)


@hooks.register("register_admin_viewset")
def register_work_schedule_viewsets():
    return WorkScheduleGroup()
