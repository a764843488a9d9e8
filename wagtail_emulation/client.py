"""Telling readers apart without storing who they are.

The client address is taken from REMOTE_ADDR, or from X-Forwarded-For only when the direct
peer is a configured trusted proxy (a forged header from anyone else is ignored). Addresses are
never stored: callers keep a keyed hash (HMAC-SHA256) instead.
"""

import functools
import hashlib
import hmac
import ipaddress

from django.conf import settings

from .conf import emulation_settings


def _trusted_networks():
    return [
        ipaddress.ip_network(entry, strict=False) for entry in emulation_settings.TRUSTED_PROXIES
    ]


def _parse_ip(value):
    try:
        return ipaddress.ip_address(value.strip())
    except (ValueError, AttributeError):
        return None


def client_ip(request):
    """The reader's IP address as a string ('' when it cannot be told)."""
    remote = _parse_ip(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return ""
    networks = _trusted_networks()
    if not any(remote in net for net in networks):
        return str(remote)
    # Walk the chain from the nearest hop back; the first address that is not one of our
    # proxies is the client. Anything left of it could have been written by the client.
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for hop in reversed([part for part in forwarded.split(",") if part.strip()]):
        address = _parse_ip(hop)
        if address is None:
            break
        if not any(address in net for net in networks):
            return str(address)
    return str(remote)


@functools.lru_cache(maxsize=64)
def _purpose_key(purpose, secret):
    return hashlib.sha256(f"{purpose}:{secret}".encode()).digest()


def keyed_hash(*parts, purpose):
    """Hex HMAC of ``parts`` under a key derived from the deployment secret and ``purpose``.

    ``purpose`` separates uses, so a comment's IP hash cannot be matched to a rating voter's.
    """
    key = _purpose_key(purpose, emulation_settings.HASH_KEY or settings.SECRET_KEY)
    message = "\x1f".join(str(part) for part in parts).encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()
