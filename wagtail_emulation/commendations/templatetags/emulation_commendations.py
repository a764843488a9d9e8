"""The commendation tags, in the package's one library: ``{% load wagtail_emulation %}``."""

from django import template
from django.utils.safestring import mark_safe

from ..sections import render_honour_board

register = template.Library()


@register.simple_tag(takes_context=True)
def honour_board(context, limit=None):
    """``{% honour_board %}`` or ``{% honour_board 4 %}``: the latest recipients of decisions
    in force (photos only with consent), linking to the honour board page."""
    return mark_safe(render_honour_board(context.get("request"), limit))  # noqa: S308 - a template's output
