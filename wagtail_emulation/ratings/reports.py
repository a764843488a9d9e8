"""The "Đánh giá" admin report: rated pages by average and number of ratings.

Figures are counted from the vote rows, so a date range gives the ratings cast (or last
changed) in that period; without one they equal the pages' summaries. Exported as CSV/XLSX
with the per-star counts (the CSV with a UTF-8 BOM, so Excel reads the Vietnamese).
"""

import django_filters
import swapper
from django.db.models import Avg, Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import ContentTypeFilter, DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_type_label
from wagtail.models import get_page_content_types

from ..spreadsheets.writing import SpreadsheetExportMixin
from .display import average_data, average_text
from .models import SCORES

Page = swapper.load_model("wagtailcore", "Page")


class RatingReportFilterSet(WagtailFilterSet):
    voted_at = django_filters.DateFromToRangeFilter(
        label=_("Rated between"),
        field_name="emulation_ratings__voted_at",
        widget=DateRangePickerWidget,
    )
    content_type = ContentTypeFilter(
        label=_("Page type"),
        queryset=lambda request: get_page_content_types(include_base_page_type=False),
    )

    class Meta:
        model = Page
        fields = []


class AverageColumn(Column):
    def get_value(self, instance):
        return average_text(instance._average or 0)


class PageTypeColumn(Column):
    def get_value(self, instance):
        return get_content_type_label(instance.content_type)


def _star_field(score):
    return f"_stars_{score}"


class RatingReportView(SpreadsheetExportMixin, ReportView):
    page_title = _("Star ratings")
    header_icon = "pick"
    model = Page
    any_permission_required = ["add", "change", "publish"]
    filterset_class = RatingReportFilterSet
    index_url_name = "wagtail_emulation_ratings:report"
    index_results_url_name = "wagtail_emulation_ratings:report_results"
    default_ordering = "-_average"
    export_filename = "ratings"
    columns = [
        TitleColumn(
            "title",
            label=_("Page"),
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        PageTypeColumn("content_type", label=_("Page type")),
        NumberColumn("_count", label=_("Ratings"), sort_key="_count"),
        AverageColumn("_average", label=_("Average"), sort_key="_average"),
    ]
    list_export = ["title", "content_type", "_count", "_average"] + [
        _star_field(score) for score in reversed(SCORES)
    ]

    @property
    def export_headings(self):
        stars = {_star_field(score): _("%(stars)s stars") % {"stars": score} for score in SCORES}
        return {
            "title": _("Page"),
            "content_type": _("Page type"),
            "_count": _("Ratings"),
            "_average": _("Average"),
            **stars,
        }

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.custom_field_preprocess = {
            **self.custom_field_preprocess,
            "content_type": {
                self.FORMAT_CSV: get_content_type_label,
                self.FORMAT_XLSX: get_content_type_label,
            },
            "_average": {
                self.FORMAT_CSV: lambda value: average_data(value or 0),
                self.FORMAT_XLSX: lambda value: round(value or 0, 2),
            },
        }

    def get_queryset(self):
        # Filter before annotating: a date range then limits the votes being counted (Django
        # reuses the filter's join for the aggregates). Order last, on the annotations.
        # Only the pages this user may edit, as Wagtail's own page reports do.
        pages = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        queryset = self.filter_queryset(pages.select_related("content_type"))
        votes = "emulation_ratings"
        stars = {
            _star_field(score): Count(votes, filter=Q(emulation_ratings__score=score))
            for score in SCORES
        }
        queryset = queryset.annotate(
            _count=Count(votes), _average=Avg(f"{votes}__score"), **stars
        ).filter(_count__gt=0)
        return self.order_queryset(queryset)

    def get_filtered_queryset(self):
        return self.get_queryset()  # already filtered, before the annotations

    def order_queryset(self, queryset):
        return queryset.order_by(self.ordering or self.default_ordering, "-_count", "title", "pk")
