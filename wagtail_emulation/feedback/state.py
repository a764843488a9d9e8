"""The parts of the per-reader answer of ``GET <prefix>/state/<page_id>/``.

Cached page HTML is identical for every reader, so whatever differs per reader (the CSRF
token, "your rating", a captcha challenge, live counters) is fetched once per page view from
one JSON endpoint. Sub-apps add their part through the ``register_reader_state_part`` hook::

    from wagtail import hooks
    from wagtail_emulation.feedback.state import StatePart
    from wagtail_emulation.hooks import STATE_PARTS


    def rating_state(request, page):
        return {"score": ...}


    @hooks.register(STATE_PARTS)
    def rating_state_part():
        return StatePart("rating", rating_state)
"""

from dataclasses import dataclass

from ..hooks import STATE_PARTS, each


@dataclass(frozen=True)
class StatePart:
    """``provider(request, page) -> dict`` (or ``None`` to leave the part out) under ``name``."""

    name: str
    provider: object


def reader_state(request, page):
    """Every registered part for this reader and page."""
    parts = {}
    for part in each(STATE_PARTS):
        value = part.provider(request, page)
        if value is not None:
            parts[part.name] = value
    return parts
