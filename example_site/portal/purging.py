"""The one place that purges: every change that alters what anonymous readers get at some
addresses drops those addresses from both caches the site may have, in one step.

* the site's own Redis HTML cache (``html_cache``, when its middleware is on);
* a cache in front (Varnish, nginx with purging, a CDN), through
  ``wagtail.contrib.frontend_cache``'s backends when ``WAGTAILFRONTENDCACHE`` names any
  (the production settings' ``FRONTEND_CACHE_URLS``).

The events and the addresses they drop:

* a page published or unpublished: the page and its parent (whose listing changed), and
  the provincial portals' listings that show it when its site shares its content;
* a page moved: the page and everything below it, at their old and new addresses, and the
  old and new parents;
* a privacy restriction added, changed or removed: every page, in both caches (any page may
  list or link to it): the HTML cache bumps its epoch, the cache in front gets ``PURGE /*``
  for each site;
* a page's public comment list changed (a comment approved, rejected, deleted): the page.

A path is dropped under every host alias, scheme and query string (the HTML cache keeps a
version per path; the shipped Varnish configuration bans by path). Wagtail and the comments
app also ask the frontend cache to purge the page itself on publish and on a comment change;
those repeat a purge this module sends and cost one more PURGE each.
"""

import logging

from django.apps import apps
from django.conf import settings
from wagtail.models import Site

from wagtail_emulation import province

from . import html_cache

logger = logging.getLogger(__name__)

#: The address a cache in front reads as "every page of the site": the shipped Varnish
#: configuration bans everything rendered on ``PURGE /*``; CloudFront reads it the same way.
EVERYTHING = "/*"


def caches_to_purge():
    """True when the HTML cache is on or a cache in front is configured: else no event
    here costs a query."""
    return html_cache.is_enabled() or bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def served_addresses(pages):
    """{(root URL, path)} where ``pages`` are served (pages outside every site are skipped)."""
    addresses = set()
    for page in pages:
        parts = page.get_url_parts()
        if parts:
            _site_id, root_url, path = parts
            addresses.add((root_url, path))
    return addresses


def purge_addresses(addresses):
    """Drop ``addresses`` ({(root URL, path)}) from the HTML cache and the cache in front."""
    if not addresses:
        return
    if html_cache.is_enabled():
        html_cache.purge_paths({path for _root, path in addresses})
    purge_addresses_in_front(addresses)


def purge_addresses_in_front(addresses):
    if addresses and getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        # A task (django-tasks): the worker sends the PURGE requests, not the editor's request.
        purge_urls_from_cache(sorted(root.rstrip("/") + path for root, path in addresses if root))


def purge_pages(pages):
    purge_addresses(served_addresses(pages))


def _with_parent(page):
    parent = page.get_parent()
    return [page] if parent is None else [page, parent]


def on_publish_or_unpublish(sender, instance, **kwargs):
    if caches_to_purge():
        purge_pages([*_with_parent(instance), *province.listings_showing(instance)])


def on_move(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """The subtree at its new addresses, the same pages at their old ones, both parents."""
    if not caches_to_purge():
        return
    url_path_before, url_path_after = kwargs["url_path_before"], kwargs["url_path_after"]
    subtree = list(instance.get_descendants(inclusive=True))
    addresses = served_addresses([*subtree, parent_page_before, parent_page_after])
    roots = Site.get_site_root_paths()
    for page in subtree:
        old_url_path = url_path_before + page.url_path[len(url_path_after) :]
        for root in roots:
            if old_url_path.startswith(root.root_path):
                addresses.add((root.root_url, "/" + old_url_path[len(root.root_path) :]))
                break
    purge_addresses(addresses)


def on_restriction_change(sender, instance, **kwargs):
    """A page made private (or public again): every page both caches keep, since any may show
    it (a list, a feed, the site map, a search answer, a related document)."""
    if html_cache.is_enabled():
        html_cache.purge_everything()
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        roots = {root.root_url for root in Site.get_site_root_paths()}
        purge_addresses_in_front({(root_url, EVERYTHING) for root_url in roots})


def on_comment_list_change(sender, page_ids, **kwargs):
    from wagtail.models import Page

    if not caches_to_purge():
        return
    purge_pages(Page.objects.filter(pk__in=page_ids))


def connect():
    """Connect every event above (``PortalConfig.ready``)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(on_publish_or_unpublish, dispatch_uid="portal-purge-published")
    page_unpublished.connect(on_publish_or_unpublish, dispatch_uid="portal-purge-unpublished")
    post_page_move.connect(on_move, dispatch_uid="portal-purge-moved")
    for signal, uid in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            on_restriction_change,
            sender=PageViewRestriction,
            dispatch_uid=f"portal-purge-restriction-{uid}",
        )
    if apps.is_installed("wagtail_emulation.comments"):
        # Through the comments app's public signal: the example site may run without it.
        from wagtail_emulation.comments.signals import comment_list_changed

        comment_list_changed.connect(on_comment_list_change, dispatch_uid="portal-purge-comments")
