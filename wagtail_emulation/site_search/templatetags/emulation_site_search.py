"""``{% search_box %}`` and ``{% site_map_link %}``, in ``{% load wagtail_emulation %}``."""

from django import template
from django.urls import reverse
from wagtail.models import Site

from ...fragments import ALL, cached_fragment

register = template.Library()

SITE_MAP_LINK = "site_search_map_link"


@register.inclusion_tag("wagtail_emulation/site_search/search_box.html")
def search_box(field_id="emulation-search-box-q"):
    """A GET form to the search page: works without JavaScript, same HTML on every page."""
    return {"action": reverse("wagtail_emulation_site_search:search"), "field_id": field_id}


def _site_map_page(site, request):
    from ..models import SiteMapPage

    found = (
        SiteMapPage.objects.live()
        .public()
        .descendant_of(site.root_page, inclusive=True)
        .order_by("path")
        .first()
    )
    return (found.title, found.get_url(request)) if found else ("", "")


@register.inclusion_tag("wagtail_emulation/site_search/site_map_link.html", takes_context=True)
def site_map_link(context):
    """A link to the site's "Sơ đồ trang" page, if an editor placed one (else nothing)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return {"title": "", "url": ""}
    title, url = cached_fragment(
        SITE_MAP_LINK,
        ALL,
        f"site:{site.pk}",
        lambda: _site_map_page(site, request),
        request=request,
    )
    return {"title": title, "url": url}
