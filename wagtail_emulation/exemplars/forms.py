from django import forms
from django.utils.translation import gettext_lazy as _

from ..content.filters import IndexFilterForm, year_choices
from .models import ExemplarStage, SubjectKind


class ExemplarFilterForm(IndexFilterForm):
    stage = forms.ChoiceField(
        label=_("Stage"), required=False, choices=[("", _("All stages")), *ExemplarStage.choices]
    )
    kind = forms.ChoiceField(
        label=_("Individual or collective"),
        required=False,
        choices=[("", _("All")), *SubjectKind.choices],
    )
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        years = self.index_page.listed_pages().order_by().values_list("year", flat=True).distinct()
        self.fields["year"].choices = lambda: year_choices(years)  # read when shown

    def filter_stage(self, queryset, value):
        return queryset.filter(stage=value)

    def filter_kind(self, queryset, value):
        return queryset.filter(subject_kind=value)

    def filter_year(self, queryset, year):
        return queryset.filter(year=year)
