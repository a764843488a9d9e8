"""Listing columns the package's admin screens share."""

from django.utils.text import capfirst
from wagtail.admin.ui.tables import BooleanColumn


def yes_no_column(model, field_name):
    """A boolean field as a tick or a cross, headed by the field's verbose name.

    Named in ``list_display``, a boolean field is printed as Python writes it, "True" or
    "False": English whatever the admin's language. Wagtail's tick and cross are titled in
    the editor's language by ``wagtail_vi``.
    """
    field = model._meta.get_field(field_name)
    return BooleanColumn(field_name, label=capfirst(field.verbose_name), sort_key=field_name)
