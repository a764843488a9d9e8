"""Per-visitor state (last seen, seen today, online now, rate limit) in the shared cache.

Two implementations with one interface:

* :class:`RedisVisitStore` — the cache is Redis through django-redis. One
  Lua script per beacon does everything atomically in one round trip, and in buffered mode
  also adds the beacon to the buffer hash. Online now is a sorted set per site (visitor →
  last-seen time), so the count is exact to the second.
* :class:`CacheVisitStore` — any other Django cache (the database cache for several processes
  without Redis; local memory for one process). Only ``add``/``incr``/``get`` are used; online
  now is kept in per-minute buckets.

Times are passed in from the application's clock (not Redis's), so every process agrees and
tests can move the clock.
"""

import math
from dataclasses import dataclass

from ..conf import emulation_settings
from ..rate_limits import hit_rate_limit
from ..shared_cache import guarded, outage_key, shared_cache
from .conf import app_settings

RATE_PERIOD = 60
DAY_TTL = 2 * 24 * 3600


@dataclass(frozen=True)
class Hit:
    site_id: int
    page_id: int
    day: object  # datetime.date in the site's time zone
    visitor: str
    now: float  # Unix time
    network: str = ""  # hash of the IP address alone, for the per-address limit


@dataclass(frozen=True)
class Outcome:
    new_visit: bool = False
    new_visitor: bool = False
    retry_after: int | None = None  # set when the visitor is over the rate limit
    buffered: bool = False  # the counts are in the Redis buffer already
    flush_due: bool = False


def visit_seconds():
    return int(app_settings.VISITS_VISIT_MINUTES) * 60


def online_seconds():
    return int(app_settings.VISITS_ONLINE_MINUTES) * 60


def redis_client(cache):
    """The redis-py client behind a django-redis cache (its ``client.get_client``), or ``None``.

    Django's own ``RedisCache`` offers no public way to its client: with it, visits use the
    cache API store (atomic ``add``/``incr``, which Redis keeps exact), and buffered mode asks
    for django-redis (a system check says so).
    """
    client = getattr(cache, "client", None)
    if client is not None and hasattr(client, "get_client"):
        return with_timeouts(client.get_client(write=True))
    return None


def with_timeouts(client):
    """``client``, or a client of the same server with ``WAGTAIL_EMULATION_REDIS_TIMEOUT`` as
    its connect and read timeouts when the cache's OPTIONS set none: without them a hung Redis
    holds every beacon for as long as the kernel keeps the socket."""
    pool = client.connection_pool
    kwargs = dict(pool.connection_kwargs)
    if kwargs.get("socket_timeout") and kwargs.get("socket_connect_timeout"):
        return client
    timeout = float(emulation_settings.REDIS_TIMEOUT)
    kwargs["socket_timeout"] = kwargs.get("socket_timeout") or timeout
    kwargs["socket_connect_timeout"] = kwargs.get("socket_connect_timeout") or timeout
    pool = type(pool)(
        connection_class=pool.connection_class, max_connections=pool.max_connections, **kwargs
    )
    return type(client)(connection_pool=pool)


# KEYS: rate, last-seen, seen-today, online, buffer ("" in direct mode), flush-due, IP rate
# ARGV: limit, now, visit gap, day ttl, online window, visitor, site, page, day, flush every,
#       IP limit
RECORD_HIT = """
local limit = tonumber(ARGV[1])
if limit > 0 then
  local count = redis.call('INCR', KEYS[1])
  if count == 1 then redis.call('EXPIRE', KEYS[1], 120) end
  if count > limit then return {-1, 0, 0} end
end
local ip_limit = tonumber(ARGV[11])
if ip_limit > 0 then
  local count = redis.call('INCR', KEYS[7])
  if count == 1 then redis.call('EXPIRE', KEYS[7], 120) end
  if count > ip_limit then return {-1, 0, 0} end
end
local now = tonumber(ARGV[2])
local last = redis.call('GET', KEYS[2])
local new_visit = 0
if (not last) or (now - tonumber(last) >= tonumber(ARGV[3])) then new_visit = 1 end
redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3])
local new_visitor = 0
if redis.call('SET', KEYS[3], 1, 'EX', ARGV[4], 'NX') then new_visitor = 1 end
redis.call('ZADD', KEYS[4], now, ARGV[6])
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - tonumber(ARGV[5]))
redis.call('EXPIRE', KEYS[4], ARGV[5])
local flush_due = 0
if KEYS[5] ~= '' then
  local site, day = ARGV[7], ARGV[9]
  redis.call('HINCRBY', KEYS[5], 'p:' .. site .. ':' .. ARGV[8] .. ':' .. day, 1)
  redis.call('HINCRBY', KEYS[5], 't:' .. site .. ':' .. ARGV[8], 1)
  redis.call('HINCRBY', KEYS[5], 's:' .. site .. ':' .. day .. ':views', 1)
  if new_visit == 1 then
    redis.call('HINCRBY', KEYS[5], 's:' .. site .. ':' .. day .. ':visits', 1)
    redis.call('HINCRBY', KEYS[5], 'v:' .. site .. ':' .. ARGV[8] .. ':' .. day, 1)
    redis.call('HINCRBY', KEYS[5], 't:' .. site .. ':visits', 1)
  end
  if new_visitor == 1 then
    redis.call('HINCRBY', KEYS[5], 's:' .. site .. ':' .. day .. ':visitors', 1)
    redis.call('HINCRBY', KEYS[5], 'u:' .. site .. ':' .. ARGV[8] .. ':' .. day, 1)
  end
  if tonumber(ARGV[10]) > 0 and redis.call('SET', KEYS[6], 1, 'EX', ARGV[10], 'NX') then
    flush_due = 1
  end
end
return {new_visit, new_visitor, flush_due}
"""

_record_script = None


def _record_hit_script(client):
    global _record_script
    if _record_script is None:
        _record_script = client.register_script(RECORD_HIT)
    return _record_script


class RedisVisitStore:
    def __init__(self, cache, client):
        self.client = client
        self.prefix = cache.make_key("wagtail_emulation:visits:")
        self._record = _record_hit_script(client)
        self.outage_key = outage_key(cache)

    def guarded(self):
        """Calls to Redis, refused at once while it is known to be down (see shared_cache)."""
        return guarded(self.outage_key, "visit statistics")

    def key(self, *parts):
        return self.prefix + ":".join(str(part) for part in parts)

    @property
    def buffer_key(self):
        return self.key("buffer")

    def record(self, hit, buffered=False, flush_every=0):
        limit = int(app_settings.VISITS_RATE_LIMIT or 0)
        window = int(hit.now // RATE_PERIOD)
        keys = [
            self.key("rl", hit.visitor, window),
            self.key("last", hit.site_id, hit.visitor),
            self.key("seen", hit.site_id, hit.day.isoformat(), hit.visitor),
            self.key("online", hit.site_id),
            self.buffer_key if buffered else "",
            self.key("flush-due"),
            self.key("rl-ip", hit.network, window),
        ]
        args = [
            limit,
            f"{hit.now:.3f}",
            visit_seconds(),
            DAY_TTL,
            online_seconds(),
            hit.visitor,
            hit.site_id,
            hit.page_id,
            hit.day.isoformat(),
            int(flush_every),
            int(app_settings.VISITS_IP_RATE_LIMIT or 0),
        ]
        with self.guarded():
            result = self._record(keys=keys, args=args, client=self.client)
        new_visit, new_visitor, flush_due = result
        if new_visit == -1:
            return Outcome(retry_after=max(1, RATE_PERIOD - int(hit.now) % RATE_PERIOD))
        return Outcome(
            new_visit=bool(new_visit),
            new_visitor=bool(new_visitor),
            buffered=buffered,
            flush_due=bool(flush_due),
        )

    def online(self, site_id, now):
        with self.guarded():
            return self.client.zcount(self.key("online", site_id), now - online_seconds(), "+inf")


class CacheVisitStore:
    """Visitor state through the Django cache API only (no buffering: direct writes)."""

    def __init__(self, cache):
        self.cache = cache

    @staticmethod
    def key(*parts):
        return "wagtail_emulation:visits:" + ":".join(str(part) for part in parts)

    def record(self, hit, buffered=False, flush_every=0):
        limit = int(app_settings.VISITS_RATE_LIMIT or 0)
        ip_limit = int(app_settings.VISITS_IP_RATE_LIMIT or 0)
        retry_after = hit_rate_limit("visits", hit.visitor, limit, RATE_PERIOD) or (
            hit_rate_limit("visits:ip", hit.network, ip_limit, RATE_PERIOD)
        )
        if retry_after:
            return Outcome(retry_after=retry_after)
        last_seen = self.key("last", hit.site_id, hit.visitor)
        new_visit = self.cache.add(last_seen, 1, timeout=visit_seconds())
        if not new_visit:
            self.cache.touch(last_seen, timeout=visit_seconds())  # the gap is since the last hit
        seen_today = self.key("seen", hit.site_id, hit.day.isoformat(), hit.visitor)
        new_visitor = self.cache.add(seen_today, 1, timeout=DAY_TTL)
        self._mark_online(hit)
        return Outcome(new_visit=new_visit, new_visitor=new_visitor)

    def _minutes(self):
        return max(1, math.ceil(online_seconds() / 60))

    def _mark_online(self, hit):
        """Count the visitor once in the current minute's bucket, moving it from an older one.

        Online now is the sum of the last N buckets; each visitor is in at most one of them.
        """
        minute = int(hit.now // 60)
        ttl = (self._minutes() + 1) * 60
        if not self.cache.add(self.key("online-seen", hit.site_id, minute, hit.visitor), 1, ttl):
            return  # already counted this minute
        last_key = self.key("online-last", hit.site_id, hit.visitor)
        previous = self.cache.get(last_key)
        self.cache.set(last_key, minute, ttl)
        self._add(self.key("online", hit.site_id, minute), 1, ttl)
        if previous is not None and minute - self._minutes() < previous < minute:
            self._add(self.key("online", hit.site_id, previous), -1, ttl)

    def _add(self, key, delta, ttl):
        self.cache.add(key, 0, ttl)
        try:
            self.cache.incr(key, delta)
        except ValueError:  # expired between add and incr
            self.cache.add(key, max(delta, 0), ttl)

    def online(self, site_id, now):
        minute = int(now // 60)
        keys = [
            self.key("online", site_id, m) for m in range(minute - self._minutes() + 1, minute + 1)
        ]
        return max(0, sum(self.cache.get_many(keys).values()))


def visit_store():
    """The store for the shared cache, built once per cache object (Django keeps one per
    thread): creating a redis-py client costs more than the beacon's whole script."""
    cache = shared_cache()
    store = getattr(cache, "_wagtail_emulation_visit_store", None)
    if store is None:
        client = redis_client(cache)
        store = RedisVisitStore(cache, client) if client is not None else CacheVisitStore(cache)
        cache._wagtail_emulation_visit_store = store
    return store
