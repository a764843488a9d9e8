"""schema.org structured data (JSON-LD) for the shared head template, and breadcrumbs."""

import json
import re
from functools import cached_property

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data):
    """JSON for a ``<script type="application/ld+json">``, safe against ``</script>``."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return mark_safe(text)  # noqa: S308 - "<", ">" and "&" are escaped above


def plain_text(html):
    """Text of rich text HTML, paragraphs kept apart by a space."""
    return " ".join(strip_tags(re.sub(r"(?i)</p>|<br\s*/?>|</li>", " ", html or "")).split())


class StructuredPageMixin:
    """Breadcrumbs and the schema.org graph (the page, then its breadcrumb trail)."""

    @cached_property
    def breadcrumb_pages(self):
        """The site's root page down to this page (the tree root is never shown)."""
        return [*self.get_ancestors().filter(depth__gt=1).specific(defer=True), self]

    def schema_entity(self):
        raise NotImplementedError

    def structured_data(self):
        trail = [
            {"@type": "ListItem", "position": position, "name": crumb.title, "item": crumb.full_url}
            for position, crumb in enumerate(self.breadcrumb_pages, start=1)
        ]
        return {
            "@context": "https://schema.org",
            "@graph": [
                self.schema_entity(),
                {"@type": "BreadcrumbList", "itemListElement": trail},
            ],
        }

    def structured_data_json(self):
        return json_ld(self.structured_data())
