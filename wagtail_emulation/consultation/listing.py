"""The list of drafts filtered by status (from the dates), field and issuing body."""

from functools import partial

from django import forms
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..content.filters import IndexFilterForm
from .window import DraftStatus


def with_last_day(queryset):
    return queryset.annotate(window_last_day=Coalesce("extended_until", "closes_on"))


def status_filter(status, today):
    if status == DraftStatus.UPCOMING:
        return Q(opens_on__gt=today)
    if status == DraftStatus.CLOSED:
        return Q(window_last_day__lt=today)
    return Q(opens_on__lte=today) & (Q(window_last_day__gte=today) | Q(window_last_day=None))


def _values_offered(drafts, name, empty):
    values = sorted(set(drafts.exclude(**{name: ""}).values_list(name, flat=True)))
    return [("", empty), *((value, value) for value in values)]


class DraftFilterForm(IndexFilterForm):
    status = forms.ChoiceField(label=_("Status"), required=False)
    legal_field = forms.ChoiceField(label=pgettext_lazy("legal field", "Field"), required=False)
    issuer = forms.ChoiceField(label=_("Issuing body"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [("", _("All")), *DraftStatus.choices]
        drafts = self.index_page.listed_pages()
        for name, empty in (("legal_field", _("All fields")), ("issuer", _("All issuing bodies"))):
            # Read when shown or checked, not for every list (kept_filters keeps the form).
            self.fields[name].choices = partial(_values_offered, drafts, name, empty)

    def filter_status(self, queryset, value):
        return with_last_day(queryset).filter(status_filter(value, timezone.localdate()))

    def filter_legal_field(self, queryset, value):
        return queryset.filter(legal_field=value)

    def filter_issuer(self, queryset, value):
        return queryset.filter(issuer=value)
