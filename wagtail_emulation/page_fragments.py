"""``{% page_fragment page "part" %}…{% endpage_fragment %}``: a part of a page's HTML kept
in the shared cache until something it shows changes.

An article's breadcrumbs, body and head tags are the same for every reader and change only
when content is published, yet rendering them is most of an article's cost: tree queries for
the breadcrumbs, tags, StreamField blocks, the JSON-LD graph. A part is kept per page state
(``Page.cache_key``: id, URL path, last publication), site, language and path, and every kept
part goes stale at once when any page is published, unpublished, moved or deleted, or an
image, document or site changes, since those can change a title, link or image address shown
in another page's part. Previews, and renders without a request, are never cached.

Only wrap what depends on the page alone: the query string is not part of the key.
"""

from django import template
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page, Site

from .fragments import cached_fragment

FRAGMENT_NAME = "page"


def keep_page_render(name, request, page, part, render, *, per_path=False):
    """``render()``'s HTML for ``part`` of ``page``, kept under fragment ``name`` per page state,
    site and language (and request path with ``per_path``). Previews, renders without a
    request and unsaved pages are rendered every time."""
    if request is None or getattr(request, "is_preview", False) or not getattr(page, "pk", None):
        return render()
    site = Site.find_for_request(request)
    variant = [part, str(site.pk if site else 0), get_language() or ""]
    if per_path:
        variant.append(request.path)
    variant.append(page.cache_key)
    return cached_fragment(name, page.pk, ":".join(variant), render, request=request)


class PageFragmentNode(template.Node):
    def __init__(self, nodelist, page, part):
        self.nodelist = nodelist
        self.page = page
        self.part = part

    def render(self, context):
        page = self.page.resolve(context)
        part = str(self.part.resolve(context))
        return keep_page_render(
            FRAGMENT_NAME,
            context.get("request"),
            page,
            part,
            lambda: self.nodelist.render(context),
            per_path=True,
        )


def do_page_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError(
            f'Usage: {{% {bits[0]} page "part" %}}…{{% end{bits[0]} %}}'
        )
    nodelist = parser.parse((f"end{bits[0]}",))
    parser.delete_first_token()
    page, part = (parser.compile_filter(bit) for bit in bits[1:])
    return PageFragmentNode(nodelist, page, part)


class FrameFragmentNode(template.Node):
    """A part of the frame around the content (masthead, menu, footer, link boxes): it shows
    the site's tree and settings, marks the current page in the menu and prints today's date,
    so it is kept per page state, site, language and day, and goes stale with every kept part.
    Outside a Wagtail page (a search, an error page) it marks no page: it is the site's own,
    kept under the site's root page apart from the root page's frame."""

    def __init__(self, nodelist, part):
        self.nodelist = nodelist
        self.part = part

    def render(self, context):
        page, request = context.get("page"), context.get("request")
        render = lambda: self.nodelist.render(context)  # noqa: E731 - a deferred render
        part = f"frame-{self.part.resolve(context)}-{timezone.localdate().isoformat()}"
        if not isinstance(page, Page):
            site = Site.find_for_request(request) if request is not None else None
            if site is None:
                return render()
            page, part = site.root_page, f"{part}-outside-pages"
        return keep_page_render(FRAGMENT_NAME, request, page, part, render)


def do_frame_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f'Usage: {{% {bits[0]} "part" %}}…{{% end{bits[0]} %}}')
    nodelist = parser.parse((f"end{bits[0]}",))
    parser.delete_first_token()
    return FrameFragmentNode(nodelist, parser.compile_filter(bits[1]))


def forget_page_fragments_on_changes():
    """Connect the content changes that make every kept part stale (``AppConfig.ready``)."""
    from django.apps import apps

    from .fragments import forget_on_content_changes
    from .models import EmulationSettings

    # The portal settings name the publisher in every article's structured data.
    models = [Site, EmulationSettings]
    if apps.is_installed("wagtail.images"):
        from wagtail.images import get_image_model

        models.append(get_image_model())
    if apps.is_installed("wagtail.documents"):
        from wagtail.documents import get_document_model

        models.append(get_document_model())
    forget_on_content_changes(FRAGMENT_NAME, also=models)
