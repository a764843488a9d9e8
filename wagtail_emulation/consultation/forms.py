"""The reader's opinion form, on the core's protected form (captcha, honeypot, fill time)."""

import unicodedata

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..reader_forms import ProtectedFormMixin, reader_captcha_field
from .conf import app_settings

STAMP_SALT = "wagtail_emulation.consultation.form-started"
CAPTCHA_NAMESPACE = "wagtail_emulation:consultation:"
PHONE = RegexValidator(
    r"^\+?[0-9 .()-]{8,20}$", _("Enter a telephone number, such as 0912 345 678.")
)


def one_line(text):
    """The text without control or invisible format characters, spaces collapsed."""
    kept = "".join(char for char in text if unicodedata.category(char) not in {"Cc", "Cf"})
    return " ".join(kept.split())


class OpinionForm(ProtectedFormMixin, forms.Form):
    stamp_salt = STAMP_SALT

    article = forms.ChoiceField(label=_("Your opinion is about"), required=False)
    name = forms.CharField(
        label=_("Your name"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Please enter your name.")},
    )
    organisation = forms.CharField(
        label=_("Organisation (optional)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": _("Enter a valid e-mail address, such as ten@example.vn.")},
    )
    phone = forms.CharField(
        label=_("or telephone"),
        required=False,
        max_length=30,
        validators=[PHONE],
        help_text=_("An e-mail address or a telephone number, so the agency can ask you more."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    body = forms.CharField()  # its length limit is a deployment setting, see __init__
    consent = forms.BooleanField(
        error_messages={"required": _("Tick the box to agree, or your opinion cannot be kept.")}
    )
    # Filled only by scripts: people never see it (hidden from sight and from screen readers).
    homepage = forms.CharField(required=False)
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.stamp_max_age = app_settings.CONSULTATION_FORM_MAX_AGE
        self.fields["article"].choices = [("", _("The whole draft"))] + [
            (part.key, f"{part.label}. {part.title}".rstrip(". ")) for part in page.articles
        ]
        max_length = app_settings.CONSULTATION_BODY_MAX_LENGTH
        self.fields["body"] = forms.CharField(
            label=pgettext_lazy("draft opinion", "Your opinion"),
            max_length=max_length,
            widget=forms.Textarea(attrs={"rows": 8}),
            help_text=_("Plain text, at most %(count)s characters.") % {"count": max_length},
            error_messages={
                "required": _("Please write your opinion."),
                "max_length": _(
                    "The opinion is %(show_value)d characters long; at most %(limit_value)d "
                    "are allowed."
                ),
            },
        )
        self.fields["consent"].label = _(
            "I agree that my name, organisation, contact details and opinion, and a keyed hash "
            "of my IP address, are kept to consider this opinion and to answer it in the "
            "agency's summary report. Contact details are never published."
        )
        self.fields["consent"].summary_label = _("Consent")
        self.fields["captcha"] = reader_captcha_field(CAPTCHA_NAMESPACE)
        self.init_stamp()

    def clean_name(self):
        name = one_line(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(self.fields["name"].error_messages["required"])
        return name

    def clean_organisation(self):
        return one_line(self.cleaned_data["organisation"])

    def clean_body(self):
        # Browsers send line breaks as CRLF; keep one form for exports and reports.
        return self.cleaned_data["body"].replace("\r\n", "\n").replace("\r", "\n").strip()

    def clean(self):
        cleaned = super().clean()
        no_contact = not cleaned.get("email") and not cleaned.get("phone")
        if no_contact and not self.has_error("email") and not self.has_error("phone"):
            self.add_error(
                "email", _("Give an e-mail address or a telephone number (one is enough).")
            )
        age = self.stamp_age()
        if age is None:
            raise forms.ValidationError(
                _("This form has expired. Check your opinion and send it again."), code="expired"
            )
        if age < app_settings.CONSULTATION_MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("The form was sent too quickly. Check your opinion and send it again."),
                code="too_fast",
            )
        return cleaned

    @property
    def chosen_article(self):
        key = self.cleaned_data.get("article") or ""
        return self.page.article(key) if key else None
