"""Wagtail admin date pickers in the editor's own date format (d/m/Y in Vietnamese).

Wagtail's ``AdminDateInput`` and ``AdminDateTimeInput`` take one format for the whole site
(``WAGTAIL_DATE_FORMAT`` / ``WAGTAIL_DATETIME_FORMAT``, default ``%Y-%m-%d``), fixed when the
widget is built — often at import time, as in ``PublishingPanel``. One site-wide d/m/Y would
be read month-first by an editor whose admin is in English (``05/06/2020`` → 6 May), so
Wagtail's own check rejects it for such sites.

Instead, the widgets here look up ``WAGTAIL_DATE_FORMAT`` / ``WAGTAIL_DATETIME_FORMAT`` in the
*active language's* format module each time they render (our ``vi`` module sets d/m/Y), and
fall back to the site-wide setting for languages that do not set them. Each language's format
is one of its own ``*_INPUT_FORMATS``, so what the picker writes is always read back right.

Installed on Wagtail's widget classes when the app is ready (so every date field, the
scheduled-publishing dialog, StreamField ``DateBlock`` and report filters follow), unless
``WAGTAIL_EMULATION_LOCALIZED_ADMIN_DATES`` is False. A format passed explicitly to a widget
(``DateBlock(format=…)``) is kept as it is.

Whatever the format, the pickers keep what the editor typed (``keep_typed_dates``). Wagtail's
picker (xdsoft datetimepicker) rewrites the field when it loses focus: text it cannot parse
becomes *today*, and an impossible date rolls over (``32/13/2026`` → 1 February 2027,
``31/02/2026`` → 3 March), so a typo silently saves another day, and an ISO date typed into a
``d/m/Y`` picker becomes nonsense. Left as typed, the form reads it (ISO is one of every
language's input formats) or refuses it with Django's "Nhập một ngày hợp lệ." beside the field.
"""

import hashlib
import inspect
import logging

from appconf import AppConf
from django.conf import settings
from django.utils.formats import get_format
from wagtail.admin.datetimepicker import to_datetimepicker_format
from wagtail.admin.widgets import datetime as wagtail_datetime

from .conf import SettingsReader

logger = logging.getLogger(__name__)

#: Digests of Wagtail's date widget code these patches were written and tested against (the
#: ``__init__`` and ``get_config`` of its date, time and date-time inputs: what sets
#: ``format`` and ``js_format`` and what the picker is configured from). On a Wagtail whose
#: widgets changed, nothing is patched and check ``wagtail_emulation.W010`` says so (see
#: ``checks.py``), rather
#: than patching code it does not know. Add the new digest once the patches are checked
#: against that release (``tests/core/test_admin_dates.py`` prints it when it fails).
KNOWN_WIDGET_DIGESTS = {
    "wagtail 8.0": "daea3bdcad93361e",
}


class AdminDatesConf(AppConf):
    # Wagtail's admin date pickers use the editor's language's date format (d/m/Y in
    # Vietnamese).
    LOCALIZED_ADMIN_DATES = True

    class Meta:
        prefix = "wagtail_emulation"


app_settings = SettingsReader(AdminDatesConf)


def site_wide_format(setting_name, default):
    return getattr(settings, setting_name, default)


def language_format(setting_name, default):
    """``setting_name`` from the active language's format module, else the site-wide one."""
    value = get_format(setting_name)
    # get_format answers an unknown name with the name itself.
    if value and value != setting_name:
        return value
    return site_wide_format(setting_name, default)


class LanguageFormat:
    """A widget's ``format`` that follows the active language unless set explicitly."""

    def __init__(self, setting_name, default):
        self.setting_name = setting_name
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.stored = f"_{name}_as_built"

    def __get__(self, widget, owner=None):
        if widget is None:
            return self
        # Widgets built before this was installed (panels made at import) keep theirs in
        # the plain attribute.
        built = widget.__dict__.get(self.stored, widget.__dict__.get(self.name))
        if built is None or built == site_wide_format(self.setting_name, self.default):
            return language_format(self.setting_name, self.default)
        return built

    def __set__(self, widget, value):
        widget.__dict__[self.stored] = value


class PickerFormat:
    """The JavaScript picker's format, always derived from the widget's current format."""

    def __get__(self, widget, owner=None):
        if widget is None:
            return self
        return to_datetimepicker_format(widget.format)

    def __set__(self, widget, value):
        # Wagtail assigns it in __init__ from the format of that moment; derived instead.
        pass


def _patched_widgets():
    return (
        wagtail_datetime.AdminDateInput,
        wagtail_datetime.AdminTimeInput,
        wagtail_datetime.AdminDateTimeInput,
    )


def widget_digest():
    """A digest of the Wagtail widget code the patches replace or rely on, as Wagtail wrote
    it (a method already replaced here counts as the original it wraps)."""
    source = "\n".join(
        inspect.getsource(inspect.unwrap(getattr(widget_class, name)))
        for widget_class in _patched_widgets()
        for name in ("__init__", "get_config")
    )
    return hashlib.sha256(source.encode()).hexdigest()[:16]


def widgets_are_known():
    return widget_digest() in KNOWN_WIDGET_DIGESTS.values()


def keep_typed_dates():
    """Wagtail's date, time and date-time pickers no longer rewrite a typed value on blur."""
    if not widgets_are_known():
        return
    for widget_class in (
        wagtail_datetime.AdminDateInput,
        wagtail_datetime.AdminTimeInput,
        wagtail_datetime.AdminDateTimeInput,
    ):
        built_config = widget_class.get_config
        if getattr(built_config, "keeps_typed_dates", False):
            continue

        def get_config(widget, built_config=built_config):
            return {**built_config(widget), "validateOnBlur": False}

        get_config.keeps_typed_dates = True
        get_config.__wrapped__ = built_config  # what widget_digest() reads
        widget_class.get_config = get_config


def localize_admin_date_widgets():
    """Make Wagtail's date and date-time widgets follow the editor's language."""
    if not app_settings.LOCALIZED_ADMIN_DATES:
        return
    if not widgets_are_known():
        logger.warning("Wagtail's admin date widgets changed: left as Wagtail made them.")
        return
    widgets = [
        (
            wagtail_datetime.AdminDateInput,
            "WAGTAIL_DATE_FORMAT",
            wagtail_datetime.DEFAULT_DATE_FORMAT,
        ),
        (
            wagtail_datetime.AdminDateTimeInput,
            "WAGTAIL_DATETIME_FORMAT",
            wagtail_datetime.DEFAULT_DATETIME_FORMAT,
        ),
    ]
    for widget_class, setting_name, default in widgets:
        if isinstance(widget_class.__dict__.get("format"), LanguageFormat):
            continue
        language_aware = LanguageFormat(setting_name, default)
        language_aware.__set_name__(widget_class, "format")
        widget_class.format = language_aware
        widget_class.js_format = PickerFormat()
