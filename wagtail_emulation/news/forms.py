from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.forms import WagtailAdminPageForm

from ..content.filters import DayMonthYearField, IndexFilterForm


class NewsPageForm(WagtailAdminPageForm):
    """The news editor's form: an article is never its own related news."""

    def clean(self):
        cleaned = super().clean()
        picks = self.formsets.get("related_picks")
        if picks is None or self.instance.pk is None:  # a new article cannot be chosen yet
            return cleaned
        for form in picks.forms:
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            target = form.cleaned_data.get("target")
            if target is not None and target.pk == self.instance.pk:
                form.add_error(
                    "target", _("An article cannot be its own related news: pick another one.")
                )
        return cleaned


class NewsFilterForm(IndexFilterForm):
    # In context: Wagtail's redirects have a "From" and "To" that are addresses, not dates.
    published_from = DayMonthYearField(label=pgettext_lazy("date range", "From"))
    published_to = DayMonthYearField(label=pgettext_lazy("date range", "To"))

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
