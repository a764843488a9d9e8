"""Reading what a request sends without trusting its size or shape.

``str.isdigit()`` is true for "²" and "٣", which ``int()`` then refuses, and ``int()`` refuses
strings of more than 4,300 digits: every number a reader can type goes through
:func:`bounded_int`. A header is cut to a fixed length before anything searches it, so its
cost does not grow with what a client chooses to send.
"""

# Browsers send 100–300 characters; a few in-app browsers reach 400.
MAX_USER_AGENT_LENGTH = 512


def bounded_int(value, maximum, minimum=0):
    """``value`` as an int from ``minimum`` to ``maximum`` when it is plain ASCII digits
    (surrounding spaces allowed), else ``None``."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not 0 < len(value) <= len(str(maximum)) or not (value.isascii() and value.isdigit()):
        return None
    number = int(value)
    return number if minimum <= number <= maximum else None


def user_agent(request):
    """The User-Agent header, at most :data:`MAX_USER_AGENT_LENGTH` characters, trimmed."""
    return request.headers.get("User-Agent", "")[:MAX_USER_AGENT_LENGTH].strip()


def user_agent_is_oversized(request):
    """True when the header is longer than any browser sends (only scripts do that)."""
    return len(request.headers.get("User-Agent", "")) > MAX_USER_AGENT_LENGTH
