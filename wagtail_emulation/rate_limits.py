"""Fixed-window rate limits counted in the shared cache."""

import time

from .client import keyed_hash
from .shared_cache import guarded, outage_key, shared_cache


def hit_rate_limit(scope, identity, limit, period):
    """Count one hit for ``identity`` in a fixed window of ``period`` seconds.

    Returns ``None`` while within ``limit``, else the seconds until the window ends (for a
    Retry-After header). ``add`` then ``incr`` are atomic in Redis and the database cache,
    so concurrent hits are all counted. Fails open: with the cache unreachable nothing is
    limited (``None``), so a down Redis never costs a reader their vote or comment.
    """
    if not limit or not period:
        return None
    cache = shared_cache()
    try:
        with guarded(outage_key(cache), f"rate limit {scope}"):
            return _count_hit(cache, scope, identity, limit, period)
    except Exception:  # logged by guarded(), rate-limited
        return None


def _count_hit(cache, scope, identity, limit, period):
    key = f"wagtail_emulation:rl:{scope}:{keyed_hash(identity, purpose='ratelimit')[:32]}"
    window_key = key + ":start"
    now = int(time.time())
    if cache.add(key, 1, timeout=period):
        cache.set(window_key, now, timeout=period)
        return None
    try:
        count = cache.incr(key)
    except ValueError:  # the window expired between add() and incr()
        cache.add(key, 1, timeout=period)
        cache.set(window_key, now, timeout=period)
        return None
    if count <= limit:
        return None
    started = cache.get(window_key) or now
    return max(1, period - (now - int(started)))
