"""The search tags ({% search_box %}, {% site_map_link %}) in the package's one library."""

from wagtail import hooks

from ..hooks import TEMPLATE_TAGS


@hooks.register(TEMPLATE_TAGS)
def register_site_search_template_tags():
    from .templatetags.emulation_site_search import register

    return register
