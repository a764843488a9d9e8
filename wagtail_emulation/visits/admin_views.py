"""Admin screens: the "Most viewed pages" report and one page's statistics."""

from datetime import timedelta

import swapper
from django.db.models import Q, Sum
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from django_filters import DateFromToRangeFilter, ModelChoiceFilter
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView

from ..sites import sites_for_user
from ..spreadsheets.writing import SpreadsheetExportMixin
from .dashboard import ADMIN_CSS
from .panels import page_statistics

Page = swapper.load_model("wagtailcore", "Page")
DEFAULT_DAYS = 30


def _unchanged(queryset, name, value):
    """The date range and site narrow the views summed (see ``get_base_queryset``)."""
    return queryset


class TopPagesFilterSet(WagtailFilterSet):
    date = DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget, method=_unchanged)
    site = ModelChoiceFilter(
        label=_("Site"),
        queryset=lambda request: sites_for_user(request.user).order_by("hostname"),
        method=_unchanged,
    )

    class Meta:
        model = Page
        fields = []


class PublicUrlColumn(Column):
    """The page's address as readers reach it (``https://host/tin-tuc/…``), not its internal
    tree path (``/home/tin-tuc/…``)."""

    cell_template_name = "wagtail_emulation/visits/admin/public_url_cell.html"
    empty_value_display = "—"

    def get_value(self, instance):
        return instance.get_full_url()


class TopPagesReportView(SpreadsheetExportMixin, ReportView):
    """Like Wagtail's own page reports: for users with some page permission, listing only the
    pages they may edit (the figures of a private section are not every editor's business)."""

    page_title = _("Most viewed pages")
    header_icon = "view"
    model = Page
    any_permission_required = ["add", "change", "publish"]
    index_url_name = "wagtail_emulation_visits:top_pages"
    index_results_url_name = "wagtail_emulation_visits:top_pages_results"
    filterset_class = TopPagesFilterSet
    default_ordering = "-views_in_range"
    columns = [
        TitleColumn(
            "title",
            label=_("Page"),
            url_name="wagtailadmin_pages:edit",
            sort_key="title",
            accessor="get_admin_display_title",
        ),
        PublicUrlColumn("public_url", label=_("Address")),
        NumberColumn("views_in_range", label=_("Views"), sort_key="views_in_range"),
    ]
    list_export = ["title", "public_url", "views_in_range"]
    export_headings = {
        "title": _("Page"),
        "public_url": _("Address"),
        "views_in_range": _("Views"),
    }

    def to_row_dict(self, item):
        item.public_url = item.get_full_url(self.request) or ""
        return super().to_row_dict(item)

    @cached_property
    def selection(self):
        """(first day, last day, site or None) from the filters; the last 30 days by default."""
        today = timezone.localdate()
        start, end, site = today - timedelta(days=DEFAULT_DAYS - 1), today, None
        if self.filters is not None and self.filters.is_valid():
            data = self.filters.form.cleaned_data
            date_range = data.get("date")
            if date_range is not None:
                start = date_range.start or start
                end = date_range.stop or end
            site = data.get("site")
        return start, end, site

    def get_base_queryset(self):
        start, end, site = self.selection
        in_range = Q(daily_views__date__gte=start, daily_views__date__lte=end)
        if site is not None:
            in_range &= Q(daily_views__site=site)
        pages = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        return pages.annotate(views_in_range=Sum("daily_views__views", filter=in_range)).filter(
            views_in_range__gt=0
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        start, end, _site = self.selection
        context["range_start"], context["range_end"] = start, end
        return context


class PageVisitsView(WagtailAdminTemplateMixin, TemplateView):
    """The statistics of one page, linked from the page editor's header menu."""

    template_name = "wagtail_emulation/visits/admin/page_visits.html"
    header_icon = "view"
    _show_breadcrumbs = True

    def dispatch(self, request, page_id, *args, **kwargs):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not self.page.permissions_for_user(request.user).can_edit():
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Visit statistics")

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(page_statistics(self.page))
        context["page"] = self.page
        context["admin_css"] = ADMIN_CSS
        return context
