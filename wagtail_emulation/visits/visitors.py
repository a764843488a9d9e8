"""Who is counted, and how one visitor is told apart from another without storing who it is.

A visitor is an HMAC of IP address + User-Agent under a salt that changes every day and
exists only in the shared cache: yesterday's hashes cannot be linked to today's, and no hash
can be reversed or recomputed once the salt has expired. No cookie is set.
"""

import hmac
import secrets
import time

from django.utils import timezone

from ..client import client_ip, keyed_hash
from ..crawlers import names_a_crawler
from ..inputs import user_agent, user_agent_is_oversized
from ..shared_cache import shared_cache
from .conf import app_settings

SALT_LIFETIME = 2 * 24 * 3600
# The salt of a day never changes once created, so each process may keep its copy briefly;
# re-reading it every minute recovers from a cache that was emptied (then a new salt wins).
SALT_MEMO_SECONDS = 60

_salt_memo = {}


def is_bot(request):
    """Crawlers by a maintained list (crawlerdetect's); a request without User-Agent, or with
    one longer than any browser sends, too (so no header makes the matching slow)."""
    if not user_agent(request) or user_agent_is_oversized(request):
        return True
    return names_a_crawler(request)


def asks_not_to_be_tracked(request):
    if not app_settings.VISITS_RESPECT_DNT:
        return False
    return request.headers.get("DNT") == "1" or request.headers.get("Sec-GPC") == "1"


def daily_salt(day):
    """The random salt of ``day``; the first process to ask creates it (``cache.add``)."""
    key = f"wagtail_emulation:visits:salt:{day.isoformat()}"
    memo = _salt_memo.get(key)
    now = time.monotonic()
    if memo and memo[1] > now:
        return memo[0]
    cache = shared_cache()
    cache.add(key, secrets.token_hex(16), timeout=SALT_LIFETIME)
    salt = cache.get(key)
    if salt is None:  # evicted between add and get: whatever is stored now is the salt
        cache.add(key, secrets.token_hex(16), timeout=SALT_LIFETIME)
        salt = cache.get(key)
    _salt_memo.clear()  # only today's salt is worth keeping
    _salt_memo[key] = (salt, now + SALT_MEMO_SECONDS)
    return salt


def visitor_id(request, day=None):
    day = day or timezone.localdate()
    return keyed_hash(daily_salt(day), client_ip(request), user_agent(request), purpose="visits")[
        :32
    ]


def network_id(request):
    """The reader's address alone, hashed: the looser rate limit that a changing User-Agent
    does not escape. It lives only in the cache, for a minute."""
    return keyed_hash(client_ip(request), purpose="visits-ip")[:32]


def beacon_signature(site_id, page_id):
    """Signs a (site, page) pair in the tracker's URL, so a beacon needs no page lookup."""
    return keyed_hash(site_id, page_id, purpose="visits-beacon")[:16]


def signature_is_valid(site_id, page_id, signature):
    return hmac.compare_digest(beacon_signature(site_id, page_id), signature)
