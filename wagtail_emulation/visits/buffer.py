"""Buffered mode: beacons add to one Redis hash; a flush folds it into the daily rows.

Fields of the hash (all integers)::

    p:<site>:<page>:<day>               views of a page on a day
    v:<site>:<page>:<day>, u:…          visits / new visitors that began on that page
    s:<site>:<day>:views|visits|visitors  a site's figures of a day
    t:<site>:<page>, t:<site>:visits    running totals, only read for display

A flush is crash-safe and applies every batch exactly once:

1. the live hash is RENAMEd to ``batch:<id>`` and the id added to the ``batches`` set, in one
   atomic script (beacons arriving meanwhile start a new live hash);
2. each pending batch is applied in ONE database transaction that also inserts a
   :class:`VisitFlush` row with the batch id (unique, so a concurrent flush of the same batch
   fails and applies nothing);
3. only after the commit are the batch key and its id deleted from Redis.

A crash before step 3's commit rolls the transaction back and leaves the batch pending: the
next flush applies it. A crash after the commit leaves a batch whose id is already recorded:
the next flush skips it and deletes it. Nothing is lost or counted twice.
"""

import logging
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import swapper
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, transaction
from wagtail.models import Site

from .aggregates import add_page_views, add_site_figures
from .conf import app_settings
from .models import VisitFlush
from .stores import RedisVisitStore, visit_store

logger = logging.getLogger(__name__)

CLAIM_BUFFER = """
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('RENAME', KEYS[1], KEYS[2])
  redis.call('SADD', KEYS[3], KEYS[2])
  return 1
end
return 0
"""


def is_buffered():
    return app_settings.VISITS_WRITE_MODE == "buffered"


def buffer_store():
    store = visit_store()
    if not isinstance(store, RedisVisitStore):
        raise ImproperlyConfigured(
            "WAGTAIL_EMULATION_VISITS_WRITE_MODE = 'buffered' needs a Redis cache as "
            "WAGTAIL_EMULATION_CACHE_ALIAS."
        )
    return store


@dataclass
class FlushResult:
    batches: int = 0
    fields: int = 0
    skipped: int = 0  # batches a previous (crashed) flush had applied already


def flush_buffer():
    """Fold every pending batch (and the live buffer) into the database."""
    store = buffer_store()
    client = store.client
    batches_key = store.key("batches")
    client.eval(
        CLAIM_BUFFER, 3, store.buffer_key, store.key("batch", uuid.uuid4().hex), batches_key
    )
    result = FlushResult()
    for raw_key in sorted(client.smembers(batches_key)):
        batch_key = raw_key.decode()
        fields = {name.decode(): int(value) for name, value in client.hgetall(batch_key).items()}
        if apply_batch(batch_key.rsplit(":", 1)[1], fields):
            result.batches += 1
            result.fields += len(fields)
        else:
            result.skipped += 1
        forget_batch(client, batches_key, batch_key)
    return result


def forget_batch(client, batches_key, batch_key):
    """Step 3: the batch is in the database; drop it from Redis."""
    pipe = client.pipeline(transaction=True)
    pipe.delete(batch_key)
    pipe.srem(batches_key, batch_key)
    pipe.execute()


PAGE_FIGURES = {"p": "views", "v": "visits", "u": "visitors"}


def parse_fields(fields):
    """(views by (site, page, day), site figures by (site, day), each page's share of them)."""
    page_views = defaultdict(int)
    site_figures = defaultdict(lambda: defaultdict(int))
    page_shares = defaultdict(lambda: defaultdict(int))
    for name, value in fields.items():
        kind, *parts = name.split(":")
        if kind in PAGE_FIGURES:
            site_id, page_id, day = parts
            key = (int(site_id), int(page_id), date.fromisoformat(day))
            page_shares[key][PAGE_FIGURES[kind]] += value
            if kind == "p":
                page_views[key] += value
        elif kind == "s":
            site_id, day, figure = parts
            site_figures[(int(site_id), date.fromisoformat(day))][figure] += value
    return page_views, site_figures, page_shares


def drop_deleted_pages(site_figures, page_shares, live_pages):
    """Take out of the site figures what beacons of pages deleted since then added."""
    for (site_id, page_id, day), shares in page_shares.items():
        if page_id in live_pages or (site_id, day) not in site_figures:
            continue
        figures = site_figures[(site_id, day)]
        for figure, value in shares.items():
            figures[figure] = max(0, figures[figure] - value)


def apply_batch(flush_id, fields):
    """Step 2: apply one batch in one transaction; False when it was applied before."""
    page_views, site_figures, page_shares = parse_fields(fields)
    Page = swapper.load_model("wagtailcore", "Page")
    try:
        with transaction.atomic():
            if VisitFlush.objects.filter(flush_id=flush_id).exists():
                return False
            VisitFlush.objects.create(flush_id=flush_id)
            page_ids = {page_id for _site, page_id, _day in page_views}
            site_ids = {site_id for site_id, _day in site_figures} | {
                site_id for site_id, _page, _day in page_views
            }
            # Pages or sites deleted since the beacon have nothing to count on.
            live_pages = set(Page.objects.filter(pk__in=page_ids).values_list("pk", flat=True))
            live_sites = set(Site.objects.filter(pk__in=site_ids).values_list("pk", flat=True))
            drop_deleted_pages(site_figures, page_shares, live_pages)
            for (site_id, page_id, day), views in sorted(page_views.items()):
                if page_id in live_pages and site_id in live_sites:
                    add_page_views(site_id, page_id, day, views)
            for (site_id, day), figures in sorted(site_figures.items()):
                if site_id in live_sites:
                    add_site_figures(site_id, day, **figures)
    except IntegrityError:
        logger.info("Visit batch %s was applied by a concurrent flush.", flush_id)
        return False
    return True


def pending_counts(field_names):
    """Buffered counts not yet in the database (live hash + pending batches), by field.

    A batch whose flush committed but crashed before dropping it from Redis is already in the
    database (its :class:`VisitFlush` row says so): it is left out, or it would be shown twice.
    """
    if not is_buffered() or not field_names:
        return {}
    store = buffer_store()
    client = store.client
    field_names = list(field_names)
    with store.guarded():
        pipe = client.pipeline(transaction=False)
        pipe.hmget(store.buffer_key, field_names)
        pipe.smembers(store.key("batches"))
        live_values, batch_keys = pipe.execute()
        batch_keys = _unapplied(sorted(key.decode() for key in batch_keys))
        value_lists = [live_values]
        if batch_keys:
            pipe = client.pipeline(transaction=False)
            for batch_key in batch_keys:
                pipe.hmget(batch_key, field_names)
            value_lists += pipe.execute()
    totals = dict.fromkeys(field_names, 0)
    for values in value_lists:
        for name, value in zip(field_names, values, strict=True):
            totals[name] += int(value or 0)
    return totals


def _unapplied(batch_keys):
    """The pending batches not yet applied (one query, only when some are pending)."""
    if not batch_keys:
        return []
    ids = {key.rsplit(":", 1)[1]: key for key in batch_keys}
    applied = set(VisitFlush.objects.filter(flush_id__in=ids).values_list("flush_id", flat=True))
    return [key for flush_id, key in ids.items() if flush_id not in applied]
