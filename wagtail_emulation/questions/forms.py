"""The asking form (the core's protected form), the lookup by code, and the list's filters."""

from django import forms
from django.db.models import Max, Min
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..content.filters import IndexFilterForm, year_choices
from ..organisation import Unit
from ..reader_forms import ProtectedForm, VietnamesePhoneField
from ..sites import for_site, page_site
from . import codes
from .attachments import validate_attachment
from .conf import app_settings
from .models import Question, QuestionPage, QuestionTopic


class AskForm(ProtectedForm):
    """A reader's question: the subject area, the question, who asks and how to reach them."""

    model = Question
    stamp_salt = "wagtail_emulation.questions.ask-started"
    captcha_namespace = "wagtail_emulation:questions:"
    expired_message = _("This form has expired. Check your question and send it again.")
    too_fast_message = _("The form was sent too quickly. Check your question and send it again.")

    consent = forms.BooleanField(
        error_messages={
            "required": _("Tick the box to agree, or your question cannot be received.")
        }
    )
    topic = forms.ModelChoiceField(
        label=_("Subject area"),
        queryset=QuestionTopic.objects.none(),
        empty_label=_("Choose a subject area"),
        error_messages={"required": _("Choose the subject area of your question.")},
    )
    title = forms.CharField(
        label=pgettext_lazy("question", "Title"),
        help_text=_("A few words on what you ask, e.g. “Thủ tục đăng ký khai sinh cho con”."),
        error_messages={"required": _("Give your question a title.")},
    )
    attachment = forms.FileField(
        label=_("Attached file (optional)"),
        required=False,
        max_length=255,  # of the file's name
        help_text=_("A PDF file, a picture (PNG or JPEG) or a Word document (.docx)."),
    )
    full_name = forms.CharField(
        label=_("Full name"),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Please enter your full name.")},
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        required=False,
        help_text=_("We send the tracking code and the answer there."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": _("Enter a valid e-mail address, such as ten@example.vn.")},
    )
    phone = VietnamesePhoneField(required=False)
    address = forms.CharField(
        label=_("Address (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "autocomplete": "street-address"}),
    )

    @property
    def min_fill_seconds(self):
        return app_settings.QUESTIONS_MIN_FILL_SECONDS

    @property
    def stamp_max_age(self):
        return app_settings.QUESTIONS_FORM_MAX_AGE

    def add_fields(self):
        self.fields["topic"].queryset = QuestionTopic.objects.filter(active=True)
        max_length = app_settings.QUESTIONS_MAX_LENGTH
        self.fields["body"] = forms.CharField(
            label=_("Your question"),
            max_length=max_length,
            widget=forms.Textarea(attrs={"rows": 10}),
            help_text=_("Plain text, at most %(count)s characters.") % {"count": max_length},
            error_messages={
                "required": _("Please write your question."),
                "max_length": _(
                    "The question is %(show_value)d characters long; at most %(limit_value)d "
                    "are allowed."
                ),
            },
        )
        # The question's own fields first, then who asks.
        self.order_fields(["topic", "title", "body", "attachment"])

    def consent_text(self):
        return _(
            "I agree that the agency keeps my name, contact details, address and question to "
            "answer me. They are never published, and are erased %(days)s days after the "
            "answer."
        ) % {"days": app_settings.QUESTIONS_CONTACT_RETENTION_DAYS}

    def clean_full_name(self):
        return " ".join(self.cleaned_data["full_name"].split())

    def clean_title(self):
        return " ".join(self.cleaned_data["title"].split())

    def clean_address(self):
        return " ".join(self.cleaned_data["address"].split())

    def clean_phone(self):
        return " ".join(self.cleaned_data["phone"].split())

    def clean_body(self):
        return self.cleaned_data["body"].replace("\r\n", "\n").replace("\r", "\n").strip()

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            validate_attachment(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        contact_errors = self.errors.get("email") or self.errors.get("phone")
        if not contact_errors and not cleaned.get("email") and not cleaned.get("phone"):
            self.add_error("email", _("Give an e-mail address or a telephone number (or both)."))
        return cleaned


class LookupForm(forms.Form):
    code = forms.CharField(
        label=_("Tracking code"),
        max_length=40,
        help_text=_(
            "The eight characters you received, e.g. K7MQ-3XPA (dashes and spaces do not matter)."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
        error_messages={"required": _("Type your tracking code.")},
    )

    def clean_code(self):
        """The code as stored, or ``""`` for text that cannot be a code: such text is
        answered exactly as a well-formed code nobody holds."""
        return codes.normalize(self.cleaned_data["code"])


def question_years():
    """From the oldest answered question's year to the newest: two index lookups (drafts may
    widen the range by a year; no join to the page tree, which costs a scan of every page)."""
    bounds = QuestionPage.objects.order_by().aggregate(first=Min("asked_on"), last=Max("asked_on"))
    if bounds["first"] is None:
        return []
    return range(bounds["first"].year, bounds["last"].year + 1)


class QuestionFilterForm(IndexFilterForm):
    topic = forms.ModelChoiceField(
        label=_("Subject area"),
        queryset=QuestionTopic.objects.all(),
        required=False,
        empty_label=_("All subject areas"),
    )
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    unit = forms.ModelChoiceField(
        label=_("Answering unit"),
        queryset=Unit.objects.none(),
        required=False,
        empty_label=_("All units"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = lambda: year_choices(question_years())  # read when shown
        # The site's units and the shared ones: another site's never show.
        site = page_site(self.index_page)
        self.fields["unit"].queryset = for_site(Unit.objects.current(), site)

    def filter_unit(self, queryset, unit):
        """Answers by ``unit`` or by a unit nested under it."""
        return queryset.filter(answering_unit__in=Unit.with_descendants(unit.pk))

    def filter_topic(self, queryset, topic):
        return queryset.filter(topic=topic)

    def filter_year(self, queryset, year):
        return queryset.filter(asked_on__year=year)
