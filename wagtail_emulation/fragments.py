"""Rendered HTML kept in the shared cache, dropped as soon as what it shows changes.

An article's parts (``page_fragments``), the related-news box, the comment list and the star
widget are the same for every reader of a page and change rarely (a page published, a comment
approved, a vote), yet take several queries and most of a page's render time. Each is cached
under a version number that the change bumps, so every app process stops serving the old HTML
at once; the timeout is only a safety net (e.g. for comments closing N days after
publication). An unreachable cache means: render every time.
"""

import hashlib

from .shared_cache import quietly, read_through, shared_cache

FRAGMENT_SECONDS = 300
ALL = "all"


# Bumped by forget_every_fragment(): after a deploy that changed templates or static files.
EPOCH_KEY = "wagtail_emulation:fragment-version:*"


def _version_key(name, scope):
    return f"wagtail_emulation:fragment-version:{name}:{scope}"


def cached_fragment(name, scope, variant, render, timeout=FRAGMENT_SECONDS, request=None):
    """``render()``'s HTML for (``name``, ``scope``, ``variant``), from the cache when current.

    ``scope`` is what a change invalidates (a page id); ``forget_fragments(name, ALL)`` makes
    every scope stale. ``variant`` separates renders of one scope that differ (list page, site).
    With ``request``, the versions are read once per request for every fragment of the scope
    (one cache round trip fewer for each further fragment of the same page).
    """
    versions = _versions(name, scope, request)
    if versions is None:
        return render()
    # A variant can hold a path and a reader's filter values: hashed, the key stays short and
    # ASCII whatever they are (memcached refuses keys over 250 bytes or with spaces).
    variant = hashlib.blake2b(str(variant).encode(), digest_size=16).hexdigest()
    key = f"wagtail_emulation:fragment:{name}:{scope}:{versions}:{variant}"
    return read_through(key, render, timeout, name)


def _versions(name, scope, request):
    """The versions of (``name``, ``scope``), of ``name``'s ``ALL`` and of the epoch, joined by
    dots; memoised on ``request``; ``None`` when the cache is unreachable."""
    memo = getattr(request, "_emulation_fragment_versions", None) if request else None
    if memo is not None and (name, scope) in memo:
        return memo[name, scope]
    # A change to one scope bumps its version; a change to everything bumps "all".
    keys = [_version_key(name, scope), _version_key(name, ALL), EPOCH_KEY]
    found = quietly(lambda: shared_cache().get_many(keys), name)
    versions = None if found is None else ".".join(str(found.get(key, 0)) for key in keys)
    if request is not None and versions is not None:
        if memo is None:
            memo = request._emulation_fragment_versions = {}
        memo[name, scope] = versions
    return versions


def forget_fragments(name, scope):
    """Make every cached render of (``name``, ``scope``) stale, in every process."""
    _bump(_version_key(name, scope), name)


def forget_every_fragment():
    """Make every cached render of every name stale (``manage.py forget_fragments``).

    Returns False when the shared cache could not be reached."""
    return _bump(EPOCH_KEY, "every fragment")


def _bump(key, what):
    def bump():
        shared_cache().add(key, 0, timeout=None)
        shared_cache().incr(key)
        return True

    return bool(quietly(bump, what))  # else stale HTML lives at most FRAGMENT_SECONDS


def forget_on_content_changes(name, *, also=()):
    """Make every cached render of ``name`` stale whenever the site's content changes.

    A page published, unpublished, moved or deleted, or a view restriction changed, can change
    what any page shows of the others (a title in breadcrumbs, a link, a related article).
    ``also`` adds models whose save or delete matters too (e.g. images, sites).
    """
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page, PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    def forget(**kwargs):
        forget_fragments(name, ALL)

    connections = [
        (page_published, None),
        (page_unpublished, None),
        (post_page_move, None),
        (post_delete, Page),
    ]
    for model in (PageViewRestriction, *also):
        connections += [(post_save, model), (post_delete, model)]
    for signal, sender in connections:
        uid = f"wagtail_emulation:fragments:{name}:{id(signal)}:{sender and sender._meta.label}"
        signal.connect(forget, sender=sender, weak=False, dispatch_uid=uid)
