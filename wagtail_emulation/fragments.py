"""Rendered widget HTML kept in the shared cache, dropped as soon as what it shows changes.

The related-news box and the comment list are the same for every reader of a page and change
rarely (a page published, a comment approved), yet take several queries and most of a
widget's render time. Each is cached under a version number that the change bumps, so every
app process stops serving the old HTML at once; the timeout is only a safety net (e.g. for
comments closing N days after publication). An unreachable cache means: render every time.
"""

import logging

from .readers import shared_cache

logger = logging.getLogger(__name__)

FRAGMENT_SECONDS = 300
ALL = "all"


def _version_key(name, scope):
    return f"wagtail_emulation:fragment-version:{name}:{scope}"


def cached_fragment(name, scope, variant, render, timeout=FRAGMENT_SECONDS):
    """``render()``'s HTML for (``name``, ``scope``, ``variant``), from the cache when current.

    ``scope`` is what a change invalidates (a page id); ``forget_fragments(name, ALL)`` makes
    every scope stale. ``variant`` separates renders of one scope that differ (list page, site).
    """
    try:
        cache = shared_cache()
        # A change to one scope bumps its version; a change to everything bumps "all".
        keys = [_version_key(name, scope), _version_key(name, ALL)]
        versions = cache.get_many(keys)
        version = ".".join(str(versions.get(key, 0)) for key in keys)
        key = f"wagtail_emulation:fragment:{name}:{scope}:{version}:{variant}"
        html = cache.get(key)
    except Exception:  # an unreachable cache must not take the page down
        logger.warning("Fragment %s: cache unreachable, rendering without it.", name)
        return render()
    if html is None:
        html = render()
        try:
            cache.set(key, html, timeout)
        except Exception:
            logger.warning("Fragment %s: cache unreachable, not stored.", name)
    return html


def forget_fragments(name, scope):
    """Make every cached render of (``name``, ``scope``) stale, in every process."""
    key = _version_key(name, scope)
    try:
        cache = shared_cache()
        cache.add(key, 0, timeout=None)
        cache.incr(key)
    except Exception:  # stale HTML then lives at most FRAGMENT_SECONDS
        logger.warning("Fragment %s: cache unreachable, old HTML may show a while.", name)
