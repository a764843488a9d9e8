"""Vietnamese in the admin's slug fields, through Wagtail's own ``SlugInput(formatters=…)``.

Wagtail's slug JavaScript turns "đ" into "dj" and, with Unicode slugs allowed, keeps
tone-marked letters. Every slug field of a Wagtail admin form (pages, snippets, the host's
own models) gets the transliteration table the server uses (:func:`vn_slugify`), as the
w-slug controller's ``formatters`` value.
"""

from django.db import models
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import SlugInput

from .conf import emulation_settings
from .locale_vi import slug_formatters


def slug_field_overrides(db_field):
    if not emulation_settings.ASCII_SLUGS:
        return {"widget": SlugInput}
    return {"widget": SlugInput(formatters=slug_formatters())}


def transliterate_admin_slugs():
    """Called from ``AppConfig.ready``: after Wagtail's own registration, which it replaces."""
    register_form_field_override(models.SlugField, override=slug_field_overrides)
