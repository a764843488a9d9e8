"""The per-reader state registry behind ``GET <prefix>/state/<page_id>/``.

Cached page HTML is identical for every reader, so whatever differs per reader (the CSRF
token, "your rating", a captcha challenge, live counters) is fetched once per page view from
one JSON endpoint. Sub-apps add their part in ``AppConfig.ready``::

    from wagtail_emulation.state import register_state_part

    def rating_state(request, page):
        return {"score": ...}

    register_state_part("rating", rating_state)
"""

_providers = {}


def register_state_part(name, provider):
    """Add ``provider(request, page) -> dict`` under ``name`` in every state response."""
    _providers[name] = provider


def unregister_state_part(name):
    _providers.pop(name, None)


def registered_parts():
    return dict(_providers)


def reader_state(request, page):
    """Every registered part for this reader and page; a part may return ``None`` to skip."""
    parts = {}
    for name, provider in _providers.items():
        value = provider(request, page)
        if value is not None:
            parts[name] = value
    return parts
