"""``{% kept_filter_form %}…{% endkept_filter_form %}``: an index's filter form kept rendered.

Every list page shows its GET filter form, and rendering it costs a query per choice list
(document types, issuing bodies, units, years…) and a template render per widget and option:
on the library, a third of the page. The form shows the same HTML to every reader who sends
the same filter values, so it is kept in the shared cache per index page state, site,
language, path and filter values, and goes stale when content changes (a page published,
moved, made private…) or when a row of a model its choices list is saved or deleted (a
form's ``ModelChoiceField`` querysets and its ``choice_models``).

Only forms whose values fit in :data:`MAX_VALUES_LENGTH` characters are kept (a bad value's
error message is the same for everyone who sends it): a long random query string renders the
form every time instead of filling the cache.
"""

from urllib.parse import urlencode

from django import template
from django.utils.module_loading import import_string
from django.utils.translation import get_language
from wagtail.models import Page, Site

from ..fragments import cached_fragment

FRAGMENT_NAME = "filters"
#: The longest filter values (URL-encoded) whose form is kept.
MAX_VALUES_LENGTH = 200


def form_values(form):
    """The form's submitted values, in field order, URL-encoded ("" for an unbound form)."""
    if not form.is_bound:
        return ""
    return urlencode([(name, value) for name in form.fields for value in form.data.getlist(name)])


def keep_filter_form(request, page, form, render):
    """``render()``'s HTML, kept for ``page``'s form ``form`` when it may be (see above)."""
    if request is None or getattr(request, "is_preview", False) or not getattr(page, "pk", None):
        return render()
    values = form_values(form)
    if len(values) > MAX_VALUES_LENGTH:
        return render()
    site = Site.find_for_request(request)
    variant = ":".join(
        [str(site.pk if site else 0), get_language() or "", request.path, page.cache_key, values]
    )
    return cached_fragment(FRAGMENT_NAME, page.pk, variant, render, request=request)


class KeptFilterFormNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        page, form = context.get("page"), context.get("filter_form")
        render = lambda: self.nodelist.render(context)  # noqa: E731 - a deferred render
        if not isinstance(page, Page) or form is None:
            return render()
        return keep_filter_form(context.get("request"), page, form, render)


def do_kept_filter_form(parser, token):
    """Keeps an index's filter form (the context's ``filter_form``) rendered per index page
    state, site, language and filter values, until content or a choice list changes."""
    bits = token.split_contents()
    if len(bits) != 1:
        raise template.TemplateSyntaxError(f"Usage: {{% {bits[0]} %}}…{{% end{bits[0]} %}}")
    nodelist = parser.parse((f"end{bits[0]}",))
    parser.delete_first_token()
    return KeptFilterFormNode(nodelist)


def choice_models(form_class):
    """The models whose rows ``form_class``'s choices list."""
    models = {
        field.queryset.model
        for field in form_class.base_fields.values()
        if getattr(field, "queryset", None) is not None
    }
    return models | set(getattr(form_class, "choice_models", ()))


def forget_kept_filter_forms_on_changes():
    """Connect the changes that make kept forms stale (``AppConfig.ready``): content changes,
    and the choice models of every installed index page type's filter form."""
    from wagtail.models import get_page_models

    from ..fragments import forget_on_content_changes

    models = set()
    for page_model in get_page_models():
        form_path = getattr(page_model, "filter_form", None)
        if isinstance(form_path, str):
            models |= choice_models(import_string(form_path))
    forget_on_content_changes(FRAGMENT_NAME, also=sorted(models, key=lambda m: m._meta.label))
