from django import forms
from django.db.models import Max, Min, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..content.filters import IndexFilterForm, year_choices
from .models import CampaignForm
from .status import CampaignStatus


class CampaignFilterForm(IndexFilterForm):
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All statuses")), *CampaignStatus.choices],
    )
    form = forms.ChoiceField(
        label=pgettext_lazy("campaign", "Form"),
        required=False,
        choices=[("", _("All forms")), *CampaignForm.choices],
    )
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = lambda: year_choices(self._years())  # read when shown

    def _years(self):
        """Every year some campaign of this index runs in (one query)."""
        bounds = (
            self.index_page.listed_pages()
            .order_by()
            .aggregate(
                first=Min("period_start"),
                last_start=Max("period_start"),
                last_end=Max("period_end"),
            )
        )
        if bounds["first"] is None:
            return []
        last = max(
            day.year for day in (bounds["last_start"], bounds["last_end"]) if day is not None
        )
        return range(bounds["first"].year, last + 1)

    def filter_status(self, queryset, value):
        return queryset.filter(CampaignStatus(value).q(timezone.localdate()))

    def filter_form(self, queryset, value):
        return queryset.filter(campaign_form=value)

    def filter_year(self, queryset, year):
        """Campaigns running at some point of ``year``."""
        return queryset.filter(period_start__year__lte=year).filter(
            Q(period_end__isnull=True) | Q(period_end__year__gte=year)
        )
