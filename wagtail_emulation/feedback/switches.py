"""Switching a reader feature (ratings, comments) off per page type and per page.

A feature shows wherever a template asks for it (``{% rating_widget page %}``,
``{% reader_feedback page %}``) unless an editor turned it off: for a whole page type, in the
feature's site setting (a :class:`PageTypesField` listing the types it is off for), or for one
page, with the page's own switch field (see :mod:`.mixins`).

Some pages never show it, whatever the settings: Wagtail's own ``Page`` (the tree root, which
no reader sees) and the types that say so with ``shows_reader_feedback = False`` (index pages,
the site map, a home page: their templates ask for no widget). The vote, comment and state
endpoints refuse those pages, so no one can rate or comment on a page without the widget.
"""

from django import forms
from django.db import models
from django.utils.text import capfirst
from wagtail.models import Page, get_page_models


def page_type_label(page_or_model):
    """``"app_label.model_name"`` of a page, a page class, or a generic ``Page`` instance."""
    if isinstance(page_or_model, type):
        model = page_or_model
    else:  # a generic Page knows its specific class from its content type, without a query
        model = getattr(page_or_model, "specific_class", None) or type(page_or_model)
    return f"{model._meta.app_label}.{model._meta.model_name}"


def page_type_choices():
    models_ = [model for model in get_page_models() if model._meta.app_label != "wagtailcore"]
    choices = [(page_type_label(model), capfirst(model._meta.verbose_name)) for model in models_]
    return sorted(choices, key=lambda choice: str(choice[1]))


class PageTypesField(models.JSONField):
    """A list of page type labels, edited as a checkbox list of the site's page types."""

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=page_type_choices,
            widget=forms.CheckboxSelectMultiple,
            required=False,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
        )


def type_is_off(page, off_page_types):
    """True when ``page``'s type is one an editor turned the feature off for."""
    return page_type_label(page) in set(off_page_types or ())


def type_shows_feedback(page):
    """False for the page types that never show reader feedback (see above)."""
    model = getattr(page, "specific_class", None) or type(page)
    return model is not Page and getattr(model, "shows_reader_feedback", True)


def feature_is_on(page, off_page_types, page_switch):
    """True unless ``page``'s type shows no feedback at all, is in ``off_page_types``, or its
    ``page_switch`` is off.

    Pages whose type has no switch field (the host did not add the mixin) follow their type.
    """
    if page is None or not type_shows_feedback(page) or type_is_off(page, off_page_types):
        return False
    specific = page if hasattr(page, page_switch) else page.specific
    return bool(getattr(specific, page_switch, True))
