from django.utils.translation import gettext_lazy as _

from ..content.filters import DayMonthYearField, IndexFilterForm


class NewsFilterForm(IndexFilterForm):
    published_from = DayMonthYearField(label=_("From"))
    published_to = DayMonthYearField(label=_("To"))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("published_from"), cleaned.get("published_to")
        if start and end and end < start:
            self.add_error("published_to", _("This date must not be before the “From” date."))
            cleaned.pop("published_to", None)
        return cleaned

    def filter_published_from(self, queryset, day):
        return queryset.filter(first_published_at__date__gte=day)

    def filter_published_to(self, queryset, day):
        return queryset.filter(first_published_at__date__lte=day)
