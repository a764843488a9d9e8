"""Counting one beacon: visitor state in the cache, then the counts (direct or buffered)."""

import time

from django.db import DatabaseError, transaction
from django.utils import timezone

from ..faults import log_fault
from .aggregates import add_page_views, add_site_figures
from .buffer import is_buffered
from .stores import Hit, Outcome, RedisVisitStore, visit_store
from .tasks import auto_flush_seconds, flush_visits_task
from .visitors import network_id, visitor_id


class ViewNotStored(Exception):
    """Neither the cache nor the database took the view: the beacon must not say 2xx."""


def _warn(kind, message):
    log_fault(f"visits {kind}", message)  # a down Redis or database would flood the log


def count_hit(request, site_id, page_id):
    """Count one page view; returns the :class:`Outcome` (``retry_after`` when limited).

    When the cache is unreachable the view is still written to the database directly, but
    without visit/visitor/online figures (they need the shared state): the view count stays
    right and the beacon still answers 2xx. When the database cannot take it either, raises
    :class:`ViewNotStored`.
    """
    day = timezone.localdate()
    try:
        store = visit_store()
        hit = Hit(site_id, page_id, day, visitor_id(request, day), time.time(), network_id(request))
        buffered = is_buffered() and isinstance(store, RedisVisitStore)
        flush_every = auto_flush_seconds() if buffered else 0
        outcome = store.record(hit, buffered=buffered, flush_every=flush_every)
    except Exception:
        _warn(
            "cache", "Visit statistics: cache unreachable; counting the view in the database only."
        )
        outcome = Outcome()
    if outcome.retry_after:
        return outcome
    if not outcome.buffered:
        write_directly(site_id, page_id, day, outcome)
    if outcome.flush_due:
        enqueue_flush()
    return outcome


def write_directly(site_id, page_id, day, outcome):
    try:
        with transaction.atomic():
            if not add_page_views(site_id, page_id, day, 1):
                return  # a deleted page's beacon: no site figures either
            add_site_figures(
                site_id,
                day,
                views=1,
                visits=int(outcome.new_visit),
                visitors=int(outcome.new_visitor),
            )
    except DatabaseError as error:
        _warn("database", "Visit statistics: could not store a page view.")
        raise ViewNotStored from error


def enqueue_flush():
    try:
        flush_visits_task.enqueue()
    except Exception:
        _warn("flush", "Visit statistics: could not enqueue the flush task.")
