"""Visit statistics tags, merged into ``{% load wagtail_emulation %}``."""

from django import template

from .. import widgets

register = template.Library()


@register.simple_tag(takes_context=True)
def visit_tracker(context, page=None):
    """``{% visit_tracker page %}`` on every page: counts the view with a beacon."""
    return widgets.render_tracker(context.get("request"), page)


@register.simple_tag(takes_context=True)
def visit_counters(context):
    """``{% visit_counters %}`` — "Thống kê truy cập": online now, today, … total."""
    return widgets.render_counters(context.get("request"), context.get("page"))


@register.simple_tag(takes_context=True)
def page_views(context, page):
    """``{% page_views page %}`` — "Lượt xem: N"."""
    return widgets.render_page_views(context.get("request"), page)


@register.simple_tag(takes_context=True)
def most_viewed(context, days=7, limit=5):
    """``{% most_viewed days=7 limit=5 %}`` — the site's most viewed pages."""
    return widgets.render_most_viewed(context.get("request"), int(days), int(limit))
