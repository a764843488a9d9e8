"""Filtering and paging the index pages from the query string, without JavaScript.

Each index has a small GET form; a value that does not validate is reported next to its
field (translated) and ignored, while the valid ones still filter the list.
"""

from datetime import date

from django import forms
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from ..inputs import bounded_int

# Readers type Vietnamese dates day first; the ISO form is what date pickers send.
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"]

#: The dates a filter takes. Python's dates end at 31/12/9999 and start at 1/1/1: a filter
#: adds a day to its end date and converts to UTC, and both overflow at those edges.
EARLIEST_FILTER_DATE = date(1900, 1, 1)
LATEST_FILTER_DATE = date(2199, 12, 31)

#: The highest ``?page=`` any list takes: far past the last page of any real list (beyond
#: the last page a list shows its last page), and far below what a database offset holds.
MAX_PAGE_NUMBER = 99_999


def page_number(request, param="page"):
    """The page number the request asks for, from 1 to :data:`MAX_PAGE_NUMBER`; 1 when it
    is missing or is not a plain number in that range."""
    return bounded_int(request.GET.get(param, ""), MAX_PAGE_NUMBER, minimum=1) or 1


def paginate(request, queryset, per_page):
    """The requested page of ``queryset``; a missing or bad ``?page=`` gives the nearest page.

    ``page.page_links`` are the page numbers to link: all of them up to ten pages, else the
    first and last two and three each side of the current one, with ``…`` between (a list of
    thousands of links would cost more than the list itself).
    """
    page = Paginator(queryset, max(1, per_page)).get_page(page_number(request))
    page.page_links = list(page.paginator.get_elided_page_range(page.number))
    return page


def year_choices(years):
    return [("", _("All years")), *((str(year), str(year)) for year in sorted(years, reverse=True))]


class DayMonthYearField(forms.DateField):
    """A date typed as 25/5/2023 (or picked as 2023-05-25)."""

    widget = forms.TextInput(attrs={"inputmode": "numeric", "placeholder": "dd/mm/yyyy"})

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", DATE_INPUT_FORMATS)
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "error_messages", {"invalid": _("Enter a date as day/month/year, e.g. 25/5/2023.")}
        )
        out_of_range = _("Enter a date from 1/1/1900 to 31/12/2199.")
        kwargs.setdefault(
            "validators",
            [
                MinValueValidator(EARLIEST_FILTER_DATE, message=out_of_range),
                MaxValueValidator(LATEST_FILTER_DATE, message=out_of_range),
            ],
        )
        super().__init__(**kwargs)


class IndexFilterForm(forms.Form):
    """Base of the index filters: each ``filter_<field>(queryset, value)`` narrows the list."""

    def __init__(self, *args, index_page, **kwargs):
        self.index_page = index_page
        super().__init__(*args, **kwargs)

    def apply(self, queryset):
        if not self.is_bound:
            return queryset
        self.is_valid()  # collects the errors shown beside the fields
        for name, value in self.cleaned_data.items():
            if value not in (None, ""):
                queryset = getattr(self, f"filter_{name}")(queryset, value)
        return queryset

    @property
    def active_filters(self):
        """The names of the fields that narrow the list: bound, valid and not empty."""
        cleaned = getattr(self, "cleaned_data", {}) if self.is_bound else {}
        return [name for name in self.fields if cleaned.get(name) not in (None, "")]

    @property
    def is_filtering(self):
        return bool(self.active_filters)

    def canonical_query(self):
        """The active filters' values as query parameters, in a fixed order: the list's
        canonical address keeps them, and drops bad values and parameters it does not know."""
        params = []
        for name in self.active_filters:
            value = self.cleaned_data[name]
            if hasattr(value, "pk"):
                value = value.pk
            elif hasattr(value, "strftime"):
                value = value.strftime("%d/%m/%Y")
            params.append((name, str(value)))
        return params
