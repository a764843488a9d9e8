"""The news template tags ({% related_news %}) in the package's one library."""

from wagtail import hooks

from ..hooks import TEMPLATE_TAGS


@hooks.register(TEMPLATE_TAGS)
def register_news_template_tags():
    from .templatetags.emulation_news import register

    return register
