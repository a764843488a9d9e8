"""The tree an HTML site map page shows: the site's live, public pages to a chosen depth."""

from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.models import Site

#: Links one map shows at most, whatever the editor chose.
MAX_LINKS = 2000


@dataclass
class Node:
    title: str
    url: str
    children: list = field(default_factory=list)


def site_map_tree(map_page, request):
    """``[Node(home, children=[…])]`` for the site the map page belongs to (one query)."""
    site = Site.find_for_request(request) or map_page.get_site()
    root = site.root_page
    pages = root.get_descendants(inclusive=True).live().public()
    pages = pages.filter(depth__lte=root.depth + map_page.levels)
    if map_page.menu_pages_only:
        pages = pages.filter(Q(depth__lte=root.depth + 1) | Q(show_in_menus=True))
    nodes, top = {}, []
    steplen = root.steplen
    for page in pages.order_by("path")[:MAX_LINKS]:
        node = Node(page.title, page.get_url(request))
        nodes[page.path] = node
        if page.pk == root.pk:
            top.append(node)
        else:
            parent = nodes.get(page.path[:-steplen])
            if parent is not None:  # a page under a hidden one is not shown either
                parent.children.append(node)
    return top
