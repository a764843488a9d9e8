"""The search page's GET form: the words, then filters that narrow the results."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..content.filters import DayMonthYearField
from .query import NEWEST, RELEVANCE

MAX_QUERY_CHARS = 200
#: ``?pham_vi=toan-tinh``: search the provincial portal and every site sharing with it.
PROVINCE_WIDE = "toan-tinh"


class SiteSearchForm(forms.Form):
    """A value that does not validate is reported beside its field and ignored; the rest
    still apply (as on the index pages)."""

    q = forms.CharField(
        label=_("Search for"),
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "maxlength": MAX_QUERY_CHARS}),
        help_text=_("Accents are optional: “hoi nghi” also finds “Hội nghị”."),
    )
    type = forms.ChoiceField(label=_("Content type"), required=False)
    section = forms.ChoiceField(label=pgettext_lazy("site section", "Section"), required=False)
    date_from = DayMonthYearField(label=_("Published from"))
    date_to = DayMonthYearField(label=_("Published to"))
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[(RELEVANCE, _("Relevance")), (NEWEST, _("Newest first"))],
    )

    def __init__(self, *args, frame, province_wide=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.frame = frame
        if province_wide:  # only on a provincial portal that shows shared content
            self.fields["pham_vi"] = forms.ChoiceField(
                label=_("Search in"),
                required=False,
                widget=forms.RadioSelect,
                choices=[("", _("This site")), (PROVINCE_WIDE, _("The whole province"))],
            )
            if self.is_bound and "pham_vi" not in self.data:
                # One radio checked even when the address names no scope: "this site".
                self.data = self.data.copy()
                self.data["pham_vi"] = ""
        self.fields["type"].choices = [
            ("", _("All content types")),
            *((kind.key, kind.label) for kind in frame.types),
        ]
        self.fields["section"].choices = [
            ("", _("All sections")),
            *((str(section.pk), section.title) for section in frame.sections),
        ]

    def clean_q(self):
        # Longer text is cut, not refused: a reader pasting a paragraph still gets results.
        return " ".join(self.cleaned_data["q"].split())[:MAX_QUERY_CHARS]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", _("This date must not be before the “Published from” date."))
            cleaned.pop("date_to", None)
        return cleaned

    def value(self, name):
        """The field's valid value, or ``None`` when it was empty or did not validate."""
        if not self.is_bound:
            return None
        self.is_valid()
        return self.cleaned_data.get(name) or None

    @property
    def is_filtering(self):
        return any(self.value(name) for name in ("type", "section", "date_from", "date_to"))
