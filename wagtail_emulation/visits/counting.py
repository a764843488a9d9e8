"""Counting one beacon: visitor state in the cache, then the counts (direct or buffered)."""

import logging
import time

from django.db import DatabaseError, transaction
from django.utils import timezone

from .aggregates import add_page_views, add_site_figures
from .buffer import is_buffered
from .stores import Hit, Outcome, RedisVisitStore, visit_store
from .tasks import auto_flush_seconds, flush_visits_task
from .visitors import network_id, visitor_id

logger = logging.getLogger(__name__)

WARNING_INTERVAL = 60
_last_warning = {"at": 0.0}


def _warn(message, *args):
    """Log a fault at most once a minute per process (a down Redis would flood the log)."""
    now = time.monotonic()
    if now - _last_warning["at"] >= WARNING_INTERVAL:
        _last_warning["at"] = now
        logger.warning(message, *args, exc_info=True)


def count_hit(request, site_id, page_id):
    """Count one page view; returns the :class:`Outcome` (``retry_after`` when limited).

    When the cache is unreachable the view is still written to the database directly, but
    without visit/visitor/online figures (they need the shared state): the view count stays
    right and the beacon still answers 2xx.
    """
    day = timezone.localdate()
    try:
        store = visit_store()
        hit = Hit(site_id, page_id, day, visitor_id(request, day), time.time(), network_id(request))
        buffered = is_buffered() and isinstance(store, RedisVisitStore)
        flush_every = auto_flush_seconds() if buffered else 0
        outcome = store.record(hit, buffered=buffered, flush_every=flush_every)
    except Exception:
        _warn("Visit statistics: cache unreachable; counting the view in the database only.")
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
    except DatabaseError:
        _warn("Visit statistics: could not store a page view.")


def enqueue_flush():
    try:
        flush_visits_task.enqueue()
    except Exception:
        _warn("Visit statistics: could not enqueue the flush task.")
