"""The library's GET filter form: every filter works without JavaScript."""

from django import forms
from django.db.models import Max, Min
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..content.filters import DayMonthYearField, IndexFilterForm, year_choices
from .models import DocumentType, Issuer, LegalField, in_status, number_key, search_key
from .status import LegalStatus

SORTS = {
    "newest": ("-issue_date", "-pk"),
    "oldest": ("issue_date", "pk"),
    "number": ("number_seq", "number_key", "pk"),
}
#: The filters in the order the canonical address and the feed addresses list them.
FILTER_NAMES = (
    "number",
    "text",
    "type",
    "issuer",
    "field",
    "year",
    "issued_from",
    "issued_to",
    "status",
)


class LibraryFilterForm(IndexFilterForm):
    number = forms.CharField(
        label=pgettext_lazy("legal document", "Number and symbol"),
        required=False,
        max_length=100,
        help_text=_("Its beginning is enough, e.g. 21/2023."),
    )
    text = forms.CharField(
        label=_("Words in the summary"),
        required=False,
        max_length=200,
        help_text=_("Accents may be left out."),
    )
    type = forms.ModelChoiceField(
        label=pgettext_lazy("legal document", "Document type"),
        queryset=DocumentType.objects.all(),
        required=False,
        empty_label=_("All types"),
    )
    issuer = forms.ModelChoiceField(
        label=pgettext_lazy("legal document", "Issuing body"),
        queryset=Issuer.objects.all(),
        required=False,
        empty_label=_("All issuing bodies"),
    )
    field = forms.ModelChoiceField(
        label=pgettext_lazy("legal document", "Field"),
        queryset=LegalField.objects.all(),
        required=False,
        empty_label=_("All fields"),
    )
    year = forms.TypedChoiceField(
        label=_("Year issued"), required=False, coerce=int, empty_value=None
    )
    issued_from = DayMonthYearField(label=_("Issued from"))
    issued_to = DayMonthYearField(label=_("Issued until"))
    status = forms.ChoiceField(
        label=pgettext_lazy("legal document", "Status"),
        required=False,
        choices=[("", _("Any status")), *LegalStatus.choices],
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("newest", _("Issue date, newest first")),
            ("oldest", _("Issue date, oldest first")),
            ("number", _("Number")),
        ],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = lambda: year_choices(self._years())  # read when shown

    def _years(self):
        from .models import LegalDocumentPage

        # Two index look-ups (the first and last issue dates), whatever the library's size.
        bounds = (
            LegalDocumentPage.objects.child_of(self.index_page)
            .live()
            .public()
            .aggregate(first=Min("issue_date"), last=Max("issue_date"))
        )
        if not bounds["first"]:
            return []
        return range(bounds["first"].year, bounds["last"].year + 1)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("issued_from"), cleaned.get("issued_to")
        if start and end and end < start:
            self.add_error(
                "issued_to",
                _("The date range is backwards: “Issued until” must not be before “Issued from”."),
            )
            cleaned.pop("issued_to", None)
        return cleaned

    def apply(self, queryset):
        if not self.is_bound:
            return queryset
        self.is_valid()
        for name in FILTER_NAMES:
            value = self.cleaned_data.get(name)
            if value not in (None, ""):
                queryset = getattr(self, f"filter_{name}")(queryset, value)
        return queryset

    def ordering(self):
        sort = getattr(self, "cleaned_data", {}).get("sort") or "newest"
        return SORTS[sort]

    @property
    def active_filters(self):
        cleaned = getattr(self, "cleaned_data", {}) if self.is_bound else {}
        return [name for name in FILTER_NAMES if cleaned.get(name) not in (None, "")]

    def filter_number(self, queryset, value):
        key = number_key(value)
        return queryset.filter(number_key__startswith=key) if key else queryset

    def filter_text(self, queryset, value):
        for word in search_key(value).split()[:10]:
            queryset = queryset.filter(summary_key__contains=word)
        return queryset

    def filter_type(self, queryset, value):
        return queryset.filter(document_type=value)

    def filter_issuer(self, queryset, value):
        return queryset.filter(issuer=value)

    def filter_field(self, queryset, value):
        return queryset.filter(legal_field=value)

    def filter_year(self, queryset, value):
        return queryset.filter(issue_date__year=value)

    def filter_issued_from(self, queryset, value):
        return queryset.filter(issue_date__gte=value)

    def filter_issued_to(self, queryset, value):
        return queryset.filter(issue_date__lte=value)

    def filter_status(self, queryset, value):
        return in_status(queryset, value)
