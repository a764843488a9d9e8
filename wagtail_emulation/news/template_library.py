"""``{% related_news page %}``: the "Tin liên quan" box, in ``{% load wagtail_emulation %}``."""

from django import template

from .conf import app_settings
from .related import related_news as select_related_news

register = template.Library()


@register.inclusion_tag("wagtail_emulation/news/related_news.html", takes_context=True)
def related_news(context, page, limit=None):
    """Up to ``WAGTAIL_EMULATION_RELATED_NEWS_LIMIT`` related articles (``limit=`` overrides)."""
    count = app_settings.RELATED_NEWS_LIMIT if limit is None else int(limit)
    return {
        "page": page,
        "items": select_related_news(page, count) if page is not None else [],
        "request": context.get("request"),
    }
