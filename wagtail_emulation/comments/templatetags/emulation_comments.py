"""Comment tags, merged into ``{% load wagtail_emulation %}``."""

from django import template
from django.utils.safestring import mark_safe

from ..widgets import render_comments_block

register = template.Library()


@register.simple_tag(takes_context=True)
def comments_block(context, page):
    """``{% comments_block page %}``: approved comments and the link to write one."""
    return mark_safe(render_comments_block(context, page))  # noqa: S308 - a rendered template
