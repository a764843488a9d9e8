"""Star-rating tags, merged into ``{% load wagtail_emulation %}``."""

from django import template

from ..widgets import render_rating_widget

register = template.Library()


@register.simple_tag(takes_context=True)
def rating_widget(context, page):
    """``{% rating_widget page %}``: the stars, the figures and the no-JavaScript form."""
    return render_rating_widget(context, page)
