"""The core's admin screens for what every sub-app shares: the unit tree and the calendar's
exceptions (extra days off, compensatory working days), under one "Organisation" menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_columns import yes_no_column
from .models import CalendarException
from .organisation import Unit
from .site_scoped_admin import SiteScopedViewSetMixin


class UnitViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = Unit
    icon = "group"
    menu_label = _("Units")
    list_display = [
        "name",
        "short_name",
        "kind",
        "parent",
        "site",
        yes_no_column(Unit, "is_current"),
    ]
    list_filter = ["kind", "is_current"]
    search_fields = ["name", "short_name"]


class CalendarViewSet(SnippetViewSet):
    model = CalendarException
    icon = "calendar"
    menu_label = _("Days off and working days")
    list_display = ["day", "kind", "note"]
    list_filter = ["kind"]


class OrganisationViewSetGroup(ViewSetGroup):
    menu_label = _("Organisation")
    menu_icon = "group"
    menu_order = 230
    items = (UnitViewSet, CalendarViewSet)
