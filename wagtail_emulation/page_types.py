"""Switching a reader feature (ratings, comments) on per page type and off per page.

A feedback sub-app keeps, in its own site setting, the list of page types the feature is on
for (a :class:`PageTypesField`), and offers a page mixin with a per-page boolean; a page has
the feature when its type is listed and its own switch, if it has one, is on.
"""

from django import forms
from django.db import models
from django.utils.text import capfirst
from wagtail.models import get_page_models


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


def page_types_using(mixin):
    """Labels of the page types that inherit ``mixin``: the default list of a feature."""
    return sorted(page_type_label(model) for model in get_page_models() if issubclass(model, mixin))


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


def feature_is_on(page, page_types, page_switch):
    """True when ``page``'s type is in ``page_types`` and its ``page_switch`` field is not off.

    Pages whose type has no switch field (the host did not add the mixin) follow their type.
    """
    if page is None or page_type_label(page) not in set(page_types or ()):
        return False
    specific = page if hasattr(page, page_switch) else page.specific
    return bool(getattr(specific, page_switch, True))
