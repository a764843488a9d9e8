"""schema.org structured data (JSON-LD): one document per page, breadcrumbs included.

The page's own node comes from its type (:meth:`StructuredPageMixin.schema_entity`); installed
sub-apps add properties to it through the ``register_emulation_structured_data`` hook (the
star ratings add ``aggregateRating``), so a page has one JSON-LD document whatever is
installed, and ``{% structured_data page %}`` renders it for any page, ours or a host's.
"""

import json
from functools import cached_property

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from wagtail import hooks

from ..hooks import STRUCTURED_DATA
from ..page_fragments import FRAGMENT_NAME, keep_page_render
from .metadata import ShownPage, agency_organization, page_description, plain_text, shown_page

__all__ = ["StructuredPageMixin", "json_ld", "plain_text", "render_structured_data"]

_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
SCHEMA_CONTEXT = "https://schema.org"


def json_ld(data):
    """JSON for a ``<script type="application/ld+json">``, safe against ``</script>``."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return mark_safe(text)  # noqa: S308 - "<", ">" and "&" are escaped above


class StructuredPageMixin:
    """Breadcrumbs, the description and canonical address, and the schema.org graph (the page,
    then its breadcrumb trail)."""

    #: The properties the portal's agency (an Organization from the portal settings) fills
    #: when the page's own node leaves them out.
    agency_roles = ("publisher",)

    @cached_property
    def breadcrumb_pages(self):
        """The site's root page down to this page (the tree root is never shown)."""
        return [*self.get_ancestors().filter(depth__gt=1).specific(defer=True), self]

    def meta_description(self):
        """What the page is about, in plain text: its promote-tab description by default."""
        return page_description(self.search_description)

    def shown_description(self, request=None):
        """:meth:`meta_description` as ``request`` shows it (a page may keep it rendered)."""
        return self.meta_description()

    def shown_page(self, request=None):
        """The page at its own address (see :class:`~.metadata.ShownPage`)."""
        return ShownPage(
            title=self.seo_title or self.title,
            url=self.get_full_url(request) or "",
            description=self.shown_description(request),
        )

    def schema_entity(self, shown):
        """The page's own schema.org node, as ``shown`` (a :class:`~.metadata.ShownPage`)."""
        raise NotImplementedError

    def structured_data(self, request=None, shown=None):
        entity = self.schema_entity(shown or self.shown_page(request))
        agency = agency_organization(self, request)
        for role in self.agency_roles if agency else ():
            entity.setdefault(role, agency)
        trail = [
            {"@type": "ListItem", "position": position, "name": crumb.title, "item": crumb.full_url}
            for position, crumb in enumerate(self.breadcrumb_pages, start=1)
        ]
        return {
            "@context": SCHEMA_CONTEXT,
            "@graph": [entity, {"@type": "BreadcrumbList", "itemListElement": trail}],
        }


def render_structured_data(context, page):
    """The ``<script type="application/ld+json">`` of ``page`` as the response shows it.

    A page at its own address keeps its graph in the shared cache with its other parts
    (``{% page_fragment %}``); a view of it (a tag archive, a filtered list: the context's
    ``shown_page``) is built for the request, or kept per path when the view says its path
    alone sets it (``structured_data_per_path``). What installed sub-apps add (a rating) comes
    after, from their own cache, so a vote never makes the page's graph stale.
    """
    request = context.get("request")
    shown = context.get("shown_page")
    if not hasattr(page, "structured_data"):
        shown = shown or shown_page(page, request)
        entity = {"@type": "WebPage", "name": shown.title, "url": shown.url}
        data = {"@context": SCHEMA_CONTEXT, "@graph": [entity]}
    elif shown is None or context.get("structured_data_per_path"):
        # The page at its own address, or a view its path alone sets (a sub-page of a
        # routable page, not a filtered list): kept with the page's other parts.
        data = keep_page_render(
            FRAGMENT_NAME,
            request,
            page,
            "structured-data",
            lambda: page.structured_data(request, shown),
            per_path=shown is not None,
        )
    else:
        data = page.structured_data(request, shown)
    added = {}
    for contribute in hooks.get_hooks(STRUCTURED_DATA):
        added.update(contribute(request, page))
    if added:
        main, *rest = data["@graph"]
        data = {**data, "@graph": [{**main, **added}, *rest]}
    html = f'<script type="application/ld+json">{json_ld(data)}</script>'
    return mark_safe(html)  # noqa: S308 - json_ld escapes what could close the script
