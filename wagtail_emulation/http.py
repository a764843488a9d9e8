"""Response helpers shared by every endpoint: one error shape, one way to ask for JSON."""

from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers


def wants_json(request):
    """True when the client asked for JSON (fetch from our scripts) rather than an HTML page."""
    accept = request.headers.get("Accept", "")
    return "application/json" in accept or request.headers.get("X-Requested-With") == "fetch"


def json_error(code, message, status=400, headers=None):
    """``{"error": {"code": ..., "message": ...}}`` with a 4xx status; never cached."""
    response = JsonResponse({"error": {"code": code, "message": str(message)}}, status=status)
    for name, value in (headers or {}).items():
        response[name] = value
    add_never_cache_headers(response)
    return response


def no_store(response):
    """Mark a per-reader response so no shared cache ever keeps it."""
    add_never_cache_headers(response)
    response["Cache-Control"] = "no-store, private, max-age=0"
    return response
