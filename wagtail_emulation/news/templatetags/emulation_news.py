"""``{% related_news page %}``: the "Tin liên quan" box, in ``{% load wagtail_emulation %}``."""

from django import template
from django.template.loader import render_to_string
from wagtail.models import Site

from ...fragments import ALL, cached_fragment
from ..conf import app_settings
from ..related import related_news as select_related_news

register = template.Library()

TEMPLATE = "wagtail_emulation/news/related_news.html"


@register.simple_tag(takes_context=True)
def related_news(context, page, limit=None):
    """Up to ``WAGTAIL_EMULATION_RELATED_NEWS_LIMIT`` related articles (``limit=`` overrides).

    The box is cached until any page is published, unpublished, deleted or restricted: any of
    those can change which articles qualify, and publishing is rare next to reading.
    """
    count = app_settings.RELATED_NEWS_LIMIT if limit is None else int(limit)
    request = context.get("request")

    def render():
        items = select_related_news(page, count) if page is not None else []
        return render_to_string(TEMPLATE, {"page": page, "items": items, "request": request})

    if page is None or not page.pk or request is None or getattr(request, "is_preview", False):
        return render()
    site = Site.find_for_request(request)
    variant = f"{site.pk if site else 0}:{page.pk}:{count}"
    return cached_fragment("related", ALL, variant, render, request=request)
