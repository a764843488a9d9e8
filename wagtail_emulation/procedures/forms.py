"""The catalogue's GET filter form: words (accents optional), field and level, no JavaScript."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..content.filters import IndexFilterForm
from .models import ProcedureField, ProcedureLevel, search_key


class ProcedureFilterForm(IndexFilterForm):
    text = forms.CharField(
        label=_("Name or code"),
        required=False,
        max_length=200,
        help_text=_("Accents may be left out."),
    )
    field = forms.ModelChoiceField(
        label=pgettext_lazy("procedure", "Field"),
        queryset=ProcedureField.objects.all(),
        required=False,
        empty_label=_("All fields"),
    )
    level = forms.ChoiceField(
        label=pgettext_lazy("procedure", "Level"),
        required=False,
        choices=[("", _("All levels")), *ProcedureLevel.choices],
    )

    def filter_text(self, queryset, value):
        for word in search_key(value).split()[:10]:
            queryset = queryset.filter(search_text__contains=word)
        return queryset

    def filter_field(self, queryset, value):
        return queryset.filter(field=value)

    def filter_level(self, queryset, value):
        return queryset.filter(level=value)
