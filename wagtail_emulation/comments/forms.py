"""The reader's comment form: its fields and content rules on the core's protected form."""

import hashlib
import re
import unicodedata
from datetime import timedelta

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

from ..reader_forms import ProtectedForm, from_setting
from .conf import app_settings
from .models import CommentSettings, ReaderComment

STAMP_SALT = "wagtail_emulation.comments.form-started"
CAPTCHA_NAMESPACE = "wagtail_emulation:comments:"
# Bidirectional embeddings, overrides and isolates (and the marks): one of them in a name turns
# the rest of the line around, in the public list and in the admin alike.
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def without_bidi_controls(text):
    return BIDI_CONTROLS.sub("", text)


def visible_name(text):
    """The name without control or invisible format characters, spaces collapsed."""
    kept = "".join(char for char in text if unicodedata.category(char) not in {"Cc", "Cf"})
    return " ".join(kept.split())


def fingerprint(text):
    """The same words in any case and spacing give the same fingerprint."""
    normalised = " ".join(text.casefold().split())
    return hashlib.sha256(normalised.encode()).hexdigest()


def found_banned_words(text, banned_words):
    folded = text.casefold()
    return [
        word
        for word in banned_words
        if re.search(rf"(?<!\w){re.escape(word.casefold())}(?!\w)", folded)
    ]


class CommentForm(ProtectedForm):
    model = ReaderComment
    stamp_salt = STAMP_SALT
    captcha_namespace = CAPTCHA_NAMESPACE
    expired_message = _("This form has expired. Check your comment and send it again.")
    too_fast_message = _("The form was sent too quickly. Check your comment and send it again.")
    min_fill_seconds = from_setting(app_settings, "COMMENTS_MIN_FILL_SECONDS")
    stamp_max_age = from_setting(app_settings, "COMMENTS_FORM_MAX_AGE")

    name = forms.CharField(
        label=_("Your name"),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Please enter your name.")},
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        required=False,
        help_text=_("Never shown publicly."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Please enter your e-mail address."),
            "invalid": _("Enter a valid e-mail address, such as ten@example.vn."),
            "max_length": _("The e-mail address is too long: at most %(limit_value)d characters."),
        },
    )
    consent = forms.BooleanField(
        error_messages={"required": _("Tick the box to agree, or your comment cannot be kept.")}
    )

    def __init__(self, *args, comment_settings: CommentSettings, page, ip_hash="", **kwargs):
        self.comment_settings = comment_settings
        self.page = page
        self.ip_hash = ip_hash
        self.over_link_limit = False
        super().__init__(*args, **kwargs)

    def add_fields(self):
        self.fields["email"].required = self.comment_settings.email_required
        if not self.comment_settings.email_required:
            self.fields["email"].label = _("E-mail address (optional)")
        max_length = app_settings.COMMENTS_BODY_MAX_LENGTH
        self.fields["body"] = forms.CharField(
            label=pgettext_lazy("reader comment", "Comment"),
            max_length=max_length,
            widget=forms.Textarea(attrs={"rows": 6}),
            help_text=_("Plain text, at most %(count)s characters.") % {"count": max_length},
            error_messages={
                "required": _("Please write your comment."),
                "max_length": _(
                    "The comment is %(show_value)d characters long; at most %(limit_value)d "
                    "are allowed."
                ),
            },
        )
        self.order_fields(["name", "email", "body"])

    def consent_text(self):
        return _(
            "I agree that my name, e-mail address and comment, and a keyed hash of my IP "
            "address, are kept to moderate and answer this comment. The e-mail address and the "
            "hash are erased after %(days)s days; a published comment stays with the page."
        ) % {"days": app_settings.COMMENTS_RETENTION_DAYS}

    # --- field rules ---------------------------------------------------------------------------

    def _refuse_banned_words(self, text):
        found = found_banned_words(text, self.comment_settings.banned_word_list())
        if found:
            raise forms.ValidationError(
                _("Please remove words that are not allowed here: %(words)s."),
                params={"words": ", ".join(f"“{word}”" for word in found)},
                code="banned",
            )

    def clean_name(self):
        name = visible_name(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(self.fields["name"].error_messages["required"])
        self._refuse_banned_words(name)
        return name

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def clean_body(self):
        # Browsers send line breaks as CRLF; keep one form so fingerprints and exports agree.
        body = self.cleaned_data["body"].replace("\r\n", "\n").replace("\r", "\n")
        body = without_bidi_controls(body).strip()
        self._refuse_banned_words(body)
        limit = self.comment_settings.link_limit
        links = ReaderComment(body=body).link_count()
        if links > limit:
            if self.comment_settings.over_link_limit == CommentSettings.OverLinkLimit.REJECT:
                raise forms.ValidationError(
                    ngettext(
                        "A comment may contain at most %(limit)s link; this one has %(count)s.",
                        "A comment may contain at most %(limit)s links; this one has %(count)s.",
                        limit,
                    ),
                    params={"limit": limit, "count": links},
                    code="links",
                )
            self.over_link_limit = True
        return body

    def clean(self):
        cleaned = super().clean()  # the fill time first: an expired form is not a duplicate
        if cleaned.get("body") and self._is_duplicate(cleaned):
            raise forms.ValidationError(
                _("You have already sent this comment on this page."), code="duplicate"
            )
        return cleaned

    def _is_duplicate(self, cleaned):
        window = timedelta(seconds=app_settings.COMMENTS_DUPLICATE_WINDOW)
        same_text = ReaderComment.objects.filter(
            page_id=self.page.pk,
            fingerprint=fingerprint(cleaned["body"]),
            created_at__gte=timezone.now() - window,
        )
        same_reader = Q(ip_hash=self.ip_hash) if self.ip_hash else Q()
        if cleaned.get("email"):
            same_reader |= Q(email__iexact=cleaned["email"])
        return same_text.filter(same_reader).exists() if same_reader else False
