"""Rendered HTML kept in the shared cache, dropped as soon as what it shows changes.

An article's parts (``page_fragments``), the related-news box, the comment list and the star
widget are the same for every reader of a page and change rarely (a page published, a comment
approved, a vote), yet take several queries and most of a page's render time. Each is cached
under a version number that the change bumps, so every app process stops serving the old HTML
at once; the timeout is only a safety net (e.g. for comments closing N days after
publication). An unreachable cache means: render every time.
"""

import hashlib
import threading
from collections import OrderedDict

from django.utils.translation import get_language

from .shared_cache import compute_and_keep, quietly, read_through, shared_cache

FRAGMENT_SECONDS = 300
ALL = "all"

# Bumped by forget_every_fragment(): after a deploy that changed templates or static files.
EPOCH_KEY = "wagtail_emulation:fragment-version:*"

# What a process remembers of the keys each route read (see ReadPlans): about 100 bytes a
# key, so at most ~4 MB.
PLAN_ROUTES = 500
PLAN_READS = 40  # fragments, and plain keys


def _version_key(name, scope):
    return f"wagtail_emulation:fragment-version:{name}:{scope}"


def _version_keys(name, scope):
    # A change to one scope bumps its version; a change to everything bumps "all".
    return [_version_key(name, scope), _version_key(name, ALL), EPOCH_KEY]


def _joined(found, keys):
    return ".".join(str(found.get(key, 0)) for key in keys)


def _fragment_key(name, scope, versions, variant):
    return f"wagtail_emulation:fragment:{name}:{scope}:{versions}:{variant}"


class ReadPlans:
    """Which fragments and plain keys (``kept_value``) each route (host, path, language) read
    the last time, per process, the least recently served routes forgotten first.

    A page reads a dozen fragments, each once its versions are known: read one by one, that is
    two dozen round trips to Redis per request, each waiting for Redis to be scheduled on a
    busy machine. With a plan, a request reads the versions of every fragment its route read
    last time, and its plain keys, in one round trip, then the fragments themselves in a
    second. A plan is only a guess at which keys to read: every fragment's key is built from
    the versions read afresh by this request, so an outdated plan costs round trips, never
    stale HTML. (With threads, a request that starts while another of its route is under way
    may find a partial plan: the rest is read one by one.)"""

    def __init__(self):
        self._routes = OrderedDict()
        self._lock = threading.Lock()

    def get(self, route):
        with self._lock:
            plan = self._routes.get(route)
            if plan is not None:
                self._routes.move_to_end(route)
            return plan

    def put(self, route, plan):
        with self._lock:
            self._routes[route] = plan
            self._routes.move_to_end(route)
            while len(self._routes) > PLAN_ROUTES:
                self._routes.popitem(last=False)

    def clear(self):
        with self._lock:
            self._routes.clear()


plans = ReadPlans()


class RequestReads:
    """What one request read of the shared cache: the fragments' versions, and the values its
    route's plan fetched."""

    def __init__(self, route):
        self.route = route
        self.versions = {}  # (name, scope) → versions
        self.fetched = {}  # key → value, or None: not kept (compute and keep it)
        # What this request read, in order: the route's next plan.
        self.fragments = {}  # (name, scope, variant)
        self.keys = {}  # plain keys (kept_value)

    def prefetch(self):
        """Read the plan's versions and plain keys, then its fragments: two round trips."""
        fragments, plain = plans.get(self.route) or ((), ())
        scopes = {(name, scope): _version_keys(name, scope) for name, scope, _variant in fragments}
        wanted = list(dict.fromkeys([*(key for keys in scopes.values() for key in keys), *plain]))
        if not wanted:
            return
        found = quietly(lambda: shared_cache().get_many(wanted), "fragment versions")
        if found is None:
            return  # unreachable: every read is refused at once, everything is computed
        self.fetched = {key: found.get(key) for key in plain}
        self.versions = {scope: _joined(found, keys) for scope, keys in scopes.items()}
        keys = [_fragment_key(n, s, self.versions[n, s], variant) for n, s, variant in fragments]
        kept = quietly(lambda: shared_cache().get_many(keys), "fragments") if keys else None
        if kept is not None:
            self.fetched.update((key, kept.get(key)) for key in keys)

    def read(self, key, compute, timeout, what):
        """``read_through`` that needs no round trip for a key the plan fetched."""
        if key not in self.fetched:
            return read_through(key, compute, timeout, what)
        if self.fetched[key] is None:  # fetched, not kept: no second read
            self.fetched[key] = compute_and_keep(key, compute, timeout, what)
        return self.fetched[key]

    def note(self, read, item):
        if item not in read and len(read) < PLAN_READS:
            read[item] = None
            plans.put(self.route, (tuple(self.fragments), tuple(self.keys)))  # whole at the end


def _request_reads(request):
    """The request's reads, the first call prefetching its route's plan; ``None`` without a
    request and for a preview (whose fragments are the draft's, never a route's plan)."""
    if request is None or getattr(request, "is_preview", False):
        return None
    reads = getattr(request, "_emulation_fragment_reads", None)
    if reads is None:
        route = (request.META.get("HTTP_HOST", ""), request.path, get_language() or "")
        reads = request._emulation_fragment_reads = RequestReads(route)
        reads.prefetch()
    return reads


def cached_fragment(name, scope, variant, render, timeout=FRAGMENT_SECONDS, request=None):
    """``render()``'s HTML for (``name``, ``scope``, ``variant``), from the cache when current.

    ``scope`` is what a change invalidates (a page id); ``forget_fragments(name, ALL)`` makes
    every scope stale. ``variant`` separates renders of one scope that differ (list page, site).
    With ``request``, the versions are read once per request, and the fragments a page's
    route read last time are read together, in two round trips (``ReadPlans``).
    """
    reads = _request_reads(request)
    versions = _versions(name, scope, reads)
    if versions is None:
        return render()
    # A variant can hold a path and a reader's filter values: hashed, the key stays short and
    # ASCII whatever they are (memcached refuses keys over 250 bytes or with spaces).
    variant = hashlib.blake2b(str(variant).encode(), digest_size=16).hexdigest()
    key = _fragment_key(name, scope, versions, variant)
    if reads is None:
        return read_through(key, render, timeout, name)
    reads.note(reads.fragments, (name, scope, variant))
    return reads.read(key, render, timeout, name)


def kept_value(key, compute, timeout, what, request=None):
    """``read_through(key, compute, timeout, what)``; with ``request``, read in the first round
    trip of the request's plan, with the fragments' versions (``ReadPlans``)."""
    reads = _request_reads(request)
    if reads is None:
        return read_through(key, compute, timeout, what)
    reads.note(reads.keys, key)
    return reads.read(key, compute, timeout, what)


def _versions(name, scope, reads):
    """The versions of (``name``, ``scope``), of ``name``'s ``ALL`` and of the epoch, joined by
    dots; memoised on the request's ``reads``; ``None`` when the cache is unreachable."""
    if reads is not None and (name, scope) in reads.versions:
        return reads.versions[name, scope]
    keys = _version_keys(name, scope)
    found = quietly(lambda: shared_cache().get_many(keys), name)
    versions = None if found is None else _joined(found, keys)
    if reads is not None and versions is not None:
        reads.versions[name, scope] = versions
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
