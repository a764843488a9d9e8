"""The public filter forms (plain GET forms) and the response form of a notice."""

from functools import partial

from django import forms
from django.db.models import Exists, Max, Min, OuterRef
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Page

from ..content.filters import IndexFilterForm, year_choices
from ..organisation import Unit
from ..reader_forms import ProtectedForm, VietnamesePhoneField, from_setting
from ..sites import for_site, page_site
from .conf import app_settings
from .models import (
    Award,
    Decision,
    DecisionRecipient,
    DecisionStatus,
    NoticeResponse,
    RegistrationRound,
)
from .models.decisions import number_key

CAPTCHA_NAMESPACE = "wagtail_emulation:commendations:"


def decision_years():
    """The years from the oldest decision to the newest (one query, read from the index)."""
    bounds = Decision.objects.order_by().aggregate(first=Min("date"), last=Max("date"))
    if bounds["first"] is None:
        return []
    return range(bounds["first"].year, bounds["last"].year + 1)


def unit_tree(empty_label, queryset):
    """The units of ``queryset`` as choices in tree order, each indented under the unit it
    belongs to."""
    units = list(queryset)
    children = {}
    for unit in units:
        children.setdefault(unit.parent_id, []).append(unit)
    known = {unit.pk for unit in units}
    stack = [(unit, 0) for unit in reversed(units) if unit.parent_id not in known]
    tree = []
    while stack:
        unit, depth = stack.pop()
        tree.append((unit.pk, "\u2014 " * depth + unit.name))
        stack.extend((child, depth + 1) for child in reversed(children.get(unit.pk, [])))
    return [("", empty_label), *tree]


class UnitChoiceField(forms.ModelChoiceField):
    """A unit (choosing one includes the units nested under it), listed as a tree; the list
    is read when the form is shown, never when the form class is defined."""

    def __init__(self, **kwargs):
        super().__init__(queryset=Unit.objects.all(), required=False, **kwargs)
        self.choices = partial(unit_tree, self.empty_label, self.queryset)

    def limit_to_site(self, site):
        """Only ``site``'s units and the shared ones: another site's never show."""
        self.queryset = for_site(Unit.objects.all(), site)
        self.choices = partial(unit_tree, self.empty_label, self.queryset)


class DecisionFilterForm(IndexFilterForm):
    choice_models = (Decision,)  # the years and campaigns offered (kept_filters)

    number = forms.CharField(
        label=_("Number and symbol"),
        required=False,
        max_length=100,
        help_text=_("The whole number (123/QĐ-UBND) or its beginning (123/QĐ)."),
    )
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    award = forms.ModelChoiceField(
        label=_("Title or form"),
        queryset=Award.objects.all(),
        required=False,
        empty_label=_("All titles and forms"),
    )
    unit = UnitChoiceField(label=_("Unit"), empty_label=_("All units"))
    campaign = forms.ModelChoiceField(
        label=_("Campaign"), queryset=Page.objects.none(), required=False, empty_label=_("All")
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All")), *DecisionStatus.choices],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = lambda: year_choices(decision_years())  # read when shown
        site = page_site(self.index_page)
        self.fields["unit"].limit_to_site(site)
        linked = self.index_page.listed_pages().order_by().values("campaign_id").distinct()
        # A private campaign's title, or another site's, is not an option for anyone.
        campaigns = for_site(Page.objects.filter(pk__in=linked).live().public(), site)
        self.fields["campaign"].queryset = campaigns.order_by("-first_published_at")

    def filter_number(self, queryset, value):
        return queryset.filter(number_key__startswith=number_key(value))

    def filter_year(self, queryset, year):
        return queryset.filter(date__year=year)

    def filter_award(self, queryset, award):
        return queryset.filter(award=award)

    def filter_unit(self, queryset, unit):
        """Decisions honouring someone of ``unit`` or of a unit nested under it."""
        recipients = DecisionRecipient.objects.filter(
            decision=OuterRef("pk"), unit__in=Unit.with_descendants(unit.pk)
        )
        return queryset.filter(Exists(recipients))

    def filter_campaign(self, queryset, campaign):
        return queryset.filter(campaign=campaign)

    def filter_status(self, queryset, value):
        return queryset.filter(status=value)


class HonourBoardFilterForm(IndexFilterForm):
    choice_models = (Decision,)  # the years offered (kept_filters)

    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    award = forms.ModelChoiceField(
        label=_("Title or form"),
        queryset=Award.objects.all(),
        required=False,
        empty_label=_("All titles and forms"),
    )
    unit = UnitChoiceField(label=_("Unit"), empty_label=_("All units"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = lambda: year_choices(decision_years())  # read when shown
        self.fields["unit"].limit_to_site(page_site(self.index_page))

    def filter_year(self, queryset, year):
        return queryset.filter(decision__date__year=year)

    def filter_award(self, queryset, award):
        return queryset.filter(decision__award=award)

    def filter_unit(self, queryset, unit):
        return queryset.filter(unit__in=Unit.with_descendants(unit.pk))


class RegistrationFilterForm(IndexFilterForm):
    BY_UNIT, BY_CLUSTER = "unit", "cluster"

    round = forms.ModelChoiceField(
        label=_("Registration round"),
        queryset=RegistrationRound.objects.all(),
        required=False,
        empty_label=None,
    )
    by = forms.ChoiceField(
        label=pgettext_lazy("registration table", "Rows"),
        required=False,
        choices=[(BY_UNIT, _("Units")), (BY_CLUSTER, _("Emulation clusters and blocks"))],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["round"].queryset = self.index_page.listed_pages()

    def chosen(self):
        """(the round to show, whether rows are clusters): the latest round by default."""
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        emulation_round = data.get("round") or self.fields["round"].queryset.first()
        return emulation_round, data.get("by") == self.BY_CLUSTER


class NoticeResponseForm(ProtectedForm):
    """A reader's response to a notice of candidates: who they are, and what they say."""

    model = NoticeResponse
    stamp_salt = "wagtail_emulation.commendations.response-started"
    captcha_namespace = CAPTCHA_NAMESPACE
    expired_message = pgettext_lazy(
        "notice response", "This form has expired. Check your comment and send it again."
    )
    too_fast_message = pgettext_lazy(
        "notice response", "The form was sent too quickly. Check your comment and send it again."
    )

    min_fill_seconds = from_setting(app_settings, "COMMENDATIONS_RESPONSE_MIN_FILL_SECONDS")
    stamp_max_age = from_setting(app_settings, "COMMENDATIONS_RESPONSE_FORM_MAX_AGE")

    candidate = forms.TypedChoiceField(
        label=_("About"), required=False, coerce=int, empty_value=None
    )
    full_name = forms.CharField(
        label=_("Full name"),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Please enter your full name.")},
    )
    phone = VietnamesePhoneField()
    address = forms.CharField(
        label=_("Address"),
        # A whole address is several lines: HTML allows autocomplete="street-address" only
        # on a multi-line box.
        widget=forms.Textarea(attrs={"rows": 2, "autocomplete": "street-address"}),
        error_messages={"required": _("Please enter your address.")},
    )
    email = forms.EmailField(
        label=_("E-mail address (optional)"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": _("Enter a valid e-mail address, such as ten@example.vn.")},
    )
    consent = forms.BooleanField(
        error_messages={
            "required": _("Tick the box to agree, or your response cannot be received.")
        }
    )

    def __init__(self, *args, page, **kwargs):
        self.page = page
        super().__init__(*args, **kwargs)

    def add_fields(self):
        self.fields["candidate"].choices = [
            ("", _("The whole list")),
            *((candidate.pk, candidate.name) for candidate in self.page.candidates.all()),
        ]
        max_length = app_settings.COMMENDATIONS_RESPONSE_MAX_LENGTH
        self.fields["body"] = forms.CharField(
            label=pgettext_lazy("notice response", "Your comment"),
            max_length=max_length,
            widget=forms.Textarea(attrs={"rows": 8}),
            help_text=_("Plain text, at most %(count)s characters.") % {"count": max_length},
            error_messages={
                "required": pgettext_lazy("notice response", "Please write your comment."),
                "max_length": pgettext_lazy(
                    "notice response",
                    "The comment is %(show_value)d characters long; at most %(limit_value)d "
                    "are allowed.",
                ),
            },
        )

    def consent_text(self):
        return _(
            "I agree that the emulation office keeps my name, telephone number, address, "
            "e-mail address and comment to consider the list of candidates and answer me. "
            "They are never published, and are deleted after %(days)s days."
        ) % {"days": app_settings.COMMENDATIONS_RESPONSE_RETENTION_DAYS}

    def clean_full_name(self):
        return " ".join(self.cleaned_data["full_name"].split())

    def clean_address(self):
        return " ".join(self.cleaned_data["address"].split())

    def clean_body(self):
        return self.cleaned_data["body"].replace("\r\n", "\n").replace("\r", "\n").strip()
