"""The provincial portal's listings of what department sites share, by choice on both sides.

A department site opts in (``EmulationSettings.share_with_province``); a provincial portal
turns on ``show_shared_content`` for its own listings. A listing of such a portal then holds
its own pages and the same page type's pages of every sharing site, each item naming and
linking the site it comes from (:func:`source_of`).

The sharing sites are read in one query (kept in the shared cache until a site or its
settings change), and the widened listing is one query with one path prefix per site: the
number of queries of a listing does not grow with the number of sites.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Site

from .shared_cache import quietly, read_through, shared_cache
from .site_settings import read_portal_settings

SHARING_SITES_KEY = "wagtail_emulation:province:sharing-sites"
# A safety net only: saving a site or its settings drops the entry at once.
CACHE_SECONDS = 600


@dataclass(frozen=True)
class SharingSite:
    """A department site that shares its content: what a listing item says of its source."""

    site_id: int
    name: str
    root_path: str  # the site root page's treebeard path
    root_url: str


def _load_sharing_sites():
    from .models import EmulationSettings

    rows = (
        EmulationSettings.objects.filter(share_with_province=True)
        .select_related("site", "site__root_page")
        .order_by("site__site_name", "site_id")
    )
    return [
        SharingSite(
            site_id=row.site_id,
            name=row.agency_name or row.site.site_name or row.site.hostname,
            root_path=row.site.root_page.path,
            root_url=row.site.root_url,
        )
        for row in rows
    ]


def sharing_sites():
    """Every site that shares its content with the province, by name."""
    return read_through(SHARING_SITES_KEY, _load_sharing_sites, CACHE_SECONDS, SHARING_SITES_KEY)


def forget_sharing_sites(**kwargs):
    quietly(lambda: shared_cache().delete(SHARING_SITES_KEY), SHARING_SITES_KEY)


def shows_shared_content(site, request=None):
    return site is not None and read_portal_settings(request, site=site).show_shared_content


def shared_sources(site, request=None):
    """The sites whose content ``site``'s listings show beside its own: none unless ``site``
    shows shared content; never ``site`` itself."""
    if not shows_shared_content(site, request):
        return []
    return [source for source in sharing_sites() if source.site_id != site.pk]


def under_any(sources, path_field="path"):
    """A filter on pages (or on rows whose ``path_field`` holds a page's path): below the
    root of one of ``sources``."""
    return reduce(or_, (Q(**{f"{path_field}__startswith": s.root_path}) for s in sources))


def with_shared_pages(pages, sources):
    """``pages`` (a page queryset, its order kept) and the live, public pages of the same type
    on the sites of ``sources``."""
    if not sources:
        return pages
    shared = pages.model.objects.live().public().filter(under_any(sources))
    # The page manager orders by tree path; ``|`` would keep that order, not the list's.
    return (pages | shared).order_by(*pages.query.order_by)


def source_of(page, sources):
    """The :class:`SharingSite` ``page`` comes from, or ``None`` for a page of the site shown."""
    return next((s for s in sources if page.path.startswith(s.root_path)), None)


def listings_showing(page):
    """The live listing pages of provincial portals that show ``page`` (a page of a sharing
    site, listed by its parent's type): what to purge when it is published or withdrawn."""
    from .models import EmulationSettings

    if not any(page.path.startswith(s.root_path) for s in sharing_sites()):
        return []
    parent = page.get_parent()
    index_model = parent.specific_class if parent is not None else None
    if index_model is None or not getattr(index_model, "lists_shared_content", False):
        return []
    province_roots = Page.objects.filter(
        sites_rooted_here__in=Site.objects.filter(
            pk__in=EmulationSettings.objects.filter(show_shared_content=True).values("site_id")
        )
    ).values_list("path", flat=True)
    roots = [root for root in province_roots if not page.path.startswith(root)]
    if not roots:
        return []
    below_a_root = reduce(or_, (Q(path__startswith=root) for root in roots))
    return list(index_model.objects.live().filter(below_a_root))


def connect():
    """Drop the cached list of sharing sites whenever a site or its portal settings change."""
    from .models import EmulationSettings

    for model in (Site, EmulationSettings):
        label = model._meta.label_lower
        for signal, name in ((post_save, "save"), (post_delete, "delete")):
            signal.connect(
                forget_sharing_sites,
                sender=model,
                dispatch_uid=f"wagtail_emulation:province:{label}:{name}",
            )
