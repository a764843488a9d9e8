"""The protected public form: a signed fill-time stamp, a honeypot, a captcha, the reader's
consent to what is kept, and fields never longer than their columns."""

import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from .captcha import reader_captcha_field
from .fields import limit_fields_to_columns


class from_setting:  # lower case: it reads like the function call it stands for
    """A class attribute read from a :class:`~wagtail_emulation.conf.SettingsReader` each time
    it is used, so ``override_settings`` and a changed deployment apply to the next form:
    ``min_fill_seconds = from_setting(app_settings, "QUESTIONS_MIN_FILL_SECONDS")``."""

    def __init__(self, reader, name):
        self.reader, self.name = reader, name

    def __get__(self, instance, owner=None):
        return getattr(self.reader, self.name)


HONEYPOT = "homepage"
STAMP = "started"
#: The fields every protected form has, kept after the sub-app's own (in this order).
PROTECTION_FIELDS = ("captcha", "consent", HONEYPOT, STAMP)


class ProtectedForm(forms.Form):
    """Base class of every form an anonymous reader sends (see docs/reference/protected-forms.md).

    A subclass sets :attr:`model`, :attr:`stamp_salt` and :attr:`captcha_namespace`, declares
    its own fields, and returns its consent sentence from :meth:`consent_text`. Fields that
    depend on settings are added in :meth:`add_fields`.
    """

    #: The model the form is saved to: a field named like one of its columns (or mapped to
    #: one by :attr:`column_names`) never accepts more characters than the column holds.
    model = None
    column_names = {}
    #: The subclass's fields saved to no column (checked by the test of every public form).
    unstored_fields = ()
    #: Signs the fill-time stamp; one per form, so one form's stamp is no good in another.
    stamp_salt = None
    #: The namespace (ending in ":") under which the sub-app's ``urls.py`` includes
    #: :func:`~wagtail_emulation.reader_forms.captcha_urlpatterns`.
    captcha_namespace = None
    #: A form sent back sooner than this (seconds) after it was served was filled by a script,
    #: and one older than ``stamp_max_age`` is refused as expired (the reader keeps the text);
    #: numbers, or :class:`from_setting` to read a deployment setting.
    min_fill_seconds = 3
    stamp_max_age = 24 * 3600
    expired_message = _("This form has expired. Check what you wrote and send it again.")
    too_fast_message = _("The form was sent too quickly. Check what you wrote and send it again.")
    #: True once :meth:`withhold_challenge_from_crawler` left the captcha out.
    challenge_withheld = False

    consent = forms.BooleanField(
        error_messages={"required": _("Tick the box to agree, or what you wrote cannot be kept.")}
    )
    # Filled only by scripts: people never see it (hidden from sight and from screen readers).
    homepage = forms.CharField(required=False)
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_fields()
        self.fields["captcha"] = reader_captcha_field(self.captcha_namespace)
        self.fields["consent"].label = self.consent_text()
        # The error summary names fields; a consent sentence is too long to repeat there.
        self.fields["consent"].summary_label = _("Consent")
        own = [name for name in self.fields if name not in PROTECTION_FIELDS]
        self.order_fields([*own, *PROTECTION_FIELDS])
        limit_fields_to_columns(self)
        # Django's own message for a NUL character has no Vietnamese translation.
        null_message = _("Remove the null characters (invisible code 0) from this field.")
        for field in self.fields.values():
            for part in [field, *getattr(field, "fields", ())]:  # the captcha's two parts
                part.error_messages["null_characters_not_allowed"] = null_message
        self.stamp = self._valid_stamp() or self.new_stamp()

    # --- what a subclass provides --------------------------------------------------------------

    def add_fields(self):
        """Add the fields whose limits are deployment settings (read when the form is made)."""

    def consent_text(self):
        """What the reader agrees to: what is kept, why, and for how long."""
        raise NotImplementedError(f"{type(self).__name__} must say what the reader consents to")

    # --- the protections -----------------------------------------------------------------------

    @classmethod
    def new_stamp(cls):
        return signing.dumps(time.time(), salt=cls.stamp_salt)

    def stamp_age(self):
        """Seconds since the form was served, or ``None`` when the stamp is missing or forged."""
        return self._age_of(self.data.get(STAMP, "") if self.is_bound else "")

    def _age_of(self, stamp):
        try:
            started = signing.loads(stamp, salt=self.stamp_salt, max_age=self.stamp_max_age)
        except (signing.BadSignature, TypeError, ValueError):
            return None
        return time.time() - float(started)

    def _valid_stamp(self):
        """The stamp sent back (or, unbound, given as initial data by the "New code" button
        without JavaScript), when it is genuine: a re-rendered form keeps its age."""
        stamp = (self.data if self.is_bound else self.initial).get(STAMP)
        return stamp if stamp and self._age_of(stamp) is not None else None

    @property
    def trap_filled(self):
        """The honeypot was filled: a script. Save what it sent as spam, or drop it."""
        return bool(self.is_bound and self.data.get(HONEYPOT, "").strip())

    def clean(self):
        cleaned = super().clean()
        age = self.stamp_age()
        if age is None:
            raise forms.ValidationError(self.expired_message, code="expired")
        if age < self.min_fill_seconds:
            raise forms.ValidationError(self.too_fast_message, code="too_fast")
        return cleaned

    def full_clean(self):
        limit_fields_to_columns(self)  # fields a subclass added after __init__ are covered too
        super().full_clean()

    def withhold_challenge_from_crawler(self, request):
        """Leave the captcha out of the form served to a crawler. simple-captcha stores a row
        for every challenge it renders and a crawler never answers one; templates test
        ``form.challenge_withheld``. Call it only to render: a sent form is always checked
        with its captcha, so nothing gets in without one."""
        from ..crawlers import names_a_crawler

        if not names_a_crawler(request):
            return
        self.fields.pop("captcha", None)
        self.challenge_withheld = True

    def mark_invalid_fields(self):
        """Point each invalid field at its error message for screen readers."""
        for name in self.errors:
            if name not in self.fields:
                continue
            widget = self.fields[name].widget
            described = [f"id_{name}_error"]
            if self.fields[name].help_text:
                described.append(f"id_{name}_helptext")
            widget.attrs["aria-invalid"] = "true"
            widget.attrs["aria-describedby"] = " ".join(described)
