"""How often one reader may send a public form: by the keyed hash of their IP address and by
the contact they give (e-mail or telephone), with one wait and one message for both."""

from django.utils.translation import ngettext

from ..client import client_ip, keyed_hash
from ..rate_limits import hit_rate_limit


def reader_ip_hash(request, purpose):
    """The keyed hash kept instead of the reader's IP address ('' when it cannot be told).

    ``purpose`` (e.g. ``"comments.ip"``) differs per sub-app, so one sub-app's hashes cannot be
    matched to another's."""
    address = client_ip(request)
    return keyed_hash(address, purpose=purpose) if address else ""


def retry_after(scope, counts):
    """Count one sending in each of ``counts`` and answer the seconds to wait, or ``None``.

    ``counts`` are ``(kind, identity, (limit, seconds))``, e.g. ``("ip", ip_hash, (5, 600))``
    and ``("email", "an@example.vn", (3, 600))``; each is counted under ``"<scope>:<kind>"``
    (every one, so a reader over one limit still uses up the others). An empty contact is
    not counted; the IP hash always is (readers whose address cannot be told share one count).
    The wait is the longest of those over their limit.
    """
    waits = [
        hit_rate_limit(f"{scope}:{kind}", identity, *limit)
        for kind, identity, limit in counts
        if kind == "ip" or identity
    ]
    waits = [wait for wait in waits if wait]
    return max(waits) if waits else None


def rate_limit_message(seconds):
    """The one sentence a reader over a limit reads, in whole minutes rounded up."""
    minutes = max(1, -(-seconds // 60))
    return ngettext(
        "You have sent this form several times in a short time. "
        "Please try again in %(minutes)s minute.",
        "You have sent this form several times in a short time. "
        "Please try again in %(minutes)s minutes.",
        minutes,
    ) % {"minutes": minutes}
