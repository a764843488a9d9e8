"""Fields every public reader form may need, and the rule that a field never holds more than
the database column it is saved to."""

import re

from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.core.validators import MaxLengthValidator, RegexValidator
from django.utils.translation import gettext_lazy as _

#: Digits, spaces, dots, dashes and brackets, an optional leading "+": 0215 3825 123,
#: +84 912 345 678, (0215) 3825.123. ``fullmatch`` (not ``^…$``): ``$`` also matches before
#: a final line break, which would let "0912345678\n" through into exports and e-mails.
PHONE_PATTERN = re.compile(r"\+?[0-9 .()-]{8,20}")


def is_phone_number(value):
    return PHONE_PATTERN.fullmatch(value) is not None


def phone_digits(phone):
    """The digits of ``phone`` only: the same number however it is spaced or punctuated."""
    return "".join(char for char in phone if char.isdigit())


class PhoneNumberValidator(RegexValidator):
    """The one phone check of every reader form (see :data:`PHONE_PATTERN`)."""

    message = _("Enter a telephone number of digits, such as 0215 3825 123.")
    code = "invalid"

    def __init__(self, **kwargs):
        super().__init__(regex=PHONE_PATTERN, **kwargs)

    def __call__(self, value):
        if not is_phone_number(str(value)):
            raise forms.ValidationError(self.message, code=self.code, params={"value": value})


class VietnamesePhoneField(forms.CharField):
    """A telephone number as readers type it (kept as typed, spaces and all); the rate limit
    by contact counts its digits only (:func:`phone_digits`)."""

    default_validators = [PhoneNumberValidator()]
    default_error_messages = {
        "required": _("Please enter your telephone number."),
        "invalid": PhoneNumberValidator.message,
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Telephone"))
        kwargs.setdefault("max_length", 30)
        kwargs.setdefault("strip", False)  # a line break around the number is refused, not hidden
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"})
        )
        super().__init__(**kwargs)

    def contact_identity(self, value):
        return phone_digits(value or "")


def column_for(form, name):
    """The model field form field ``name`` is saved to, or ``None`` (not stored as it is)."""
    model = getattr(form, "model", None)
    if model is None:
        return None
    column_name = getattr(form, "column_names", {}).get(name, name)
    try:
        return model._meta.get_field(column_name)
    except FieldDoesNotExist:  # a field the sub-app saves otherwise, or not at all
        return None


#: The ``<input>`` types HTML lets ``maxlength`` bound (a ``<textarea>`` takes it too).
MAXLENGTH_INPUT_TYPES = {"text", "search", "url", "tel", "email", "password"}


def takes_maxlength(widget):
    """Whether ``widget`` is a text box HTML lets ``maxlength`` bound: a ``<select>`` or a
    checkbox with the attribute is invalid HTML (its options already bound what it sends)."""
    return isinstance(widget, forms.Textarea) or (
        getattr(widget, "input_type", None) in MAXLENGTH_INPUT_TYPES
    )


def limit_to_column(field, max_length):
    """Make ``field`` refuse (and its text box stop at) more than ``max_length`` characters."""
    field.error_messages.setdefault(
        "max_length",
        _("This is %(show_value)d characters long; at most %(limit_value)d are allowed."),
    )
    if getattr(field, "max_length", None) is not None and field.max_length <= max_length:
        return
    field.max_length = max_length
    field.validators = [v for v in field.validators if not isinstance(v, MaxLengthValidator)]
    field.validators.append(MaxLengthValidator(max_length))
    if takes_maxlength(field.widget):
        field.widget.attrs["maxlength"] = str(max_length)


def limit_fields_to_columns(form):
    """Every field of ``form`` saved to a column with a length holds no more than it: a longer
    value would be a database error (PostgreSQL refuses it) instead of a message to the reader."""
    for name, field in form.fields.items():
        column = column_for(form, name)
        if column is not None and getattr(column, "max_length", None):
            limit_to_column(field, column.max_length)
