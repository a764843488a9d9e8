"""Names of Wagtail models that Django makes from the class name, which no catalogue reaches.

A model without a ``verbose_name`` is called by its class name, split into words: the group
permission table shows "Locale" and "Simple translation" rows and the Locales listing counts
"1 locale" in every language. These get translatable names (context "model name"), carried
in wagtail_vi's catalogue beside Wagtail's own strings. Only the model options change, so no
migration follows.
"""

from django.apps import apps
from django.utils.translation import pgettext_lazy

CONTEXT = "model name"
#: {(app label, model): (verbose name, verbose name plural)}, in English as Django shows them.
MODEL_NAMES = {
    ("wagtailcore", "Locale"): ("locale", "locales"),
    ("simple_translation", "SimpleTranslation"): ("simple translation", "simple translations"),
}


def own_strings():
    """{(msgctxt, msgid)} this module asks wagtail_vi's catalogue for."""
    return {(CONTEXT, name) for names in MODEL_NAMES.values() for name in names}


def name_wagtail_models():
    for (app_label, model_name), (singular, plural) in MODEL_NAMES.items():
        try:
            options = apps.get_model(app_label, model_name)._meta
        except LookupError:  # an app the site does not install (simple_translation)
            continue
        options.verbose_name = pgettext_lazy(CONTEXT, singular)
        options.verbose_name_plural = pgettext_lazy(CONTEXT, plural)
