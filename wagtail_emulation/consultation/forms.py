"""The reader's opinion form, on the core's protected form (captcha, honeypot, fill time,
consent, column limits)."""

import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..reader_forms import ProtectedForm, VietnamesePhoneField
from .conf import app_settings
from .models import DraftOpinion

STAMP_SALT = "wagtail_emulation.consultation.form-started"


def one_line(text):
    """The text without control or invisible format characters, spaces collapsed."""
    kept = "".join(char for char in text if unicodedata.category(char) not in {"Cc", "Cf"})
    return " ".join(kept.split())


class OpinionForm(ProtectedForm):
    model = DraftOpinion
    column_names = {"article": "article_key"}
    stamp_salt = STAMP_SALT
    captcha_namespace = "wagtail_emulation:consultation:"
    expired_message = _("This form has expired. Check your opinion and send it again.")
    too_fast_message = _("The form was sent too quickly. Check your opinion and send it again.")
    consent = forms.BooleanField(
        error_messages={"required": _("Tick the box to agree, or your opinion cannot be kept.")}
    )

    article = forms.ChoiceField(label=_("Your opinion is about"), required=False)
    name = forms.CharField(
        label=_("Your name"),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Please enter your name.")},
    )
    organisation = forms.CharField(
        label=_("Organisation (optional)"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": _("Enter a valid e-mail address, such as ten@example.vn.")},
    )
    phone = VietnamesePhoneField(
        label=_("or telephone"),
        required=False,
        help_text=_("An e-mail address or a telephone number, so the agency can ask you more."),
    )

    @property
    def min_fill_seconds(self):
        return app_settings.CONSULTATION_MIN_FILL_SECONDS

    @property
    def stamp_max_age(self):
        return app_settings.CONSULTATION_FORM_MAX_AGE

    def __init__(self, *args, page, **kwargs):
        self.page = page  # before super(): add_fields() uses it
        super().__init__(*args, **kwargs)

    def add_fields(self):
        self.fields["article"].choices = [("", _("The whole draft"))] + [
            (part.key, f"{part.label}. {part.title}".rstrip(". ")) for part in self.page.articles
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
        # Where the reader reads first: what the opinion is about, then the opinion.
        self.order_fields(["article", "body"])

    def consent_text(self):
        return _(
            "I agree that my name, organisation, contact details and opinion, and a keyed hash "
            "of my IP address, are kept to consider this opinion and to answer it in the "
            "agency's summary report. Contact details are never published and are erased "
            "%(days)s days after the consultation closes."
        ) % {"days": app_settings.CONSULTATION_RETENTION_DAYS}

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
        return cleaned

    @property
    def chosen_article(self):
        key = self.cleaned_data.get("article") or ""
        return self.page.article(key) if key else None
