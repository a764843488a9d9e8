"""Response helpers shared by every endpoint: one error shape, one way to ask for JSON."""

from django.http import JsonResponse

# Set as plain strings: per-reader endpoints (the beacon above all) answer often, and Django's
# add_never_cache_headers parses and formats dates for the same result.
NEVER_CACHE = "no-store, private, max-age=0"


def wants_json(request):
    """True when the client asked for JSON (fetch from our scripts) rather than an HTML page."""
    accept = request.headers.get("Accept", "")
    return "application/json" in accept or request.headers.get("X-Requested-With") == "fetch"


def json_error(code, message, status=400, headers=None):
    """``{"error": {"code": ..., "message": ...}}`` with a 4xx status; never cached."""
    response = JsonResponse({"error": {"code": code, "message": str(message)}}, status=status)
    for name, value in (headers or {}).items():
        response[name] = value
    return no_store(response)


def no_store(response):
    """Mark a per-reader response so no shared cache ever keeps it and no search engine
    indexes it (a comment form, a state answer, an error)."""
    response.headers["Cache-Control"] = NEVER_CACHE
    response.headers["X-Robots-Tag"] = "noindex"
    return response
