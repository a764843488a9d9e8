"""Error answers in Vietnamese, as HTML pages or JSON, that need neither the database nor the
cache: Django's handlers and CSRF failure view, and a 503 while the database is unreachable.

Wire them in the host's root URLconf and settings (docs/how-to/outages.md says how)::

    handler400 = "wagtail_emulation.errors.bad_request"
    handler403 = "wagtail_emulation.errors.permission_denied"
    handler404 = "wagtail_emulation.errors.page_not_found"
    handler500 = "wagtail_emulation.errors.server_error"
    CSRF_FAILURE_VIEW = "wagtail_emulation.errors.csrf_failure"

Pages come from ``wagtail_emulation/errors/<status>.html`` (override them in the host's
templates) rendered without the request, so no context processor reads the database.
JSON clients (``Accept: application/json``, our scripts, JSON posts) get
``{"error": {"code": ..., "message": ...}}`` like every endpoint of the package.
"""

import sys

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.template import loader
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, pgettext

from .conf import emulation_settings
from .faults import log_fault
from .http import json_error, no_store, wants_json

DATABASE_DOWN = (OperationalError, InterfaceError)

# The error pages carry their own stylesheet inline (they must render while static files,
# the database or the cache are what fails) and no script at all, so they bring their own
# Content-Security-Policy: inline styles only, nothing else. A site-wide CSP middleware
# (django-csp, Django 6's) leaves a response that already has the header alone.
ERROR_PAGE_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)

# Django's own messages that its Vietnamese catalogue leaves untranslated, and that readers
# meet (a form field holding a NUL character): this package's catalogue translates them.
DJANGO_MESSAGES = [gettext_noop("Null characters are not allowed.")]


def _json_client(request):
    return request is not None and (
        wants_json(request) or request.content_type == "application/json"
    )


def error_response(request, status, code, title, message, headers=None, template=None):
    """The error as JSON for JSON clients, else the ``errors/<status>.html`` page."""
    if _json_client(request):
        return json_error(code, message, status, headers)
    context = {"status": status, "code": code, "title": title, "message": message}
    html = loader.render_to_string(
        [
            f"wagtail_emulation/errors/{template or status}.html",
            "wagtail_emulation/errors/base.html",
        ],
        context,
    )
    response = HttpResponse(html, status=status, content_type="text/html; charset=utf-8")
    response.headers["Content-Security-Policy"] = ERROR_PAGE_POLICY
    for name, value in (headers or {}).items():
        response[name] = value
    return no_store(response)


def _bad_request_reason(exception):
    if isinstance(exception, RequestDataTooBig):
        return "request_too_large", _("What you sent is too large. Please send less at once.")
    if isinstance(exception, (TooManyFieldsSent, TooManyFilesSent)):
        return "too_many_fields", _("The form sent too many fields or files.")
    if isinstance(exception, MultiPartParserError):
        return "bad_form_data", _("The form's data could not be read. Please send it again.")
    return "bad_request", _("The request could not be understood. Please check it and try again.")


def bad_request(request, exception=None):
    code, message = _bad_request_reason(exception)
    return error_response(request, 400, code, _("Bad request"), message)


def permission_denied(request, exception=None):
    message = _("You do not have permission to see this page.")
    return error_response(request, 403, "permission_denied", _("Access denied"), message)


def page_not_found(request, exception=None):
    message = _("The page you are looking for does not exist or has been moved.")
    return error_response(
        request, 404, "not_found", pgettext("error page", "Page not found"), message
    )


def service_unavailable(request):
    """503 with Retry-After: the database is unreachable."""
    message = _("The portal cannot reach its data right now. Please try again in a few minutes.")
    headers = {"Retry-After": str(emulation_settings.DATABASE_RETRY_AFTER)}
    return error_response(
        request, 503, "unavailable", _("Service temporarily unavailable"), message, headers
    )


def server_error(request):
    """500, or 503 when the error is the database being unreachable."""
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        log_fault("database", "database unreachable; answering 503.")
        return service_unavailable(request)
    message = _("Something went wrong on our side. Please try again in a few minutes.")
    return error_response(request, 500, "server_error", _("Server error"), message)


def csrf_failure(request, reason=""):
    message = _(
        "Your form could not be sent because its security check failed: the page may have "
        "been open too long, or your browser blocks cookies. Please reload the page and send "
        "it again."
    )
    return error_response(
        request, 403, "csrf_failed", _("The form has expired"), message, template="csrf"
    )


class DatabaseUnavailableMiddleware:
    """Answer a Vietnamese 503 with Retry-After when a view finds the database unreachable
    (``OperationalError``/``InterfaceError``), instead of a 500. Put it anywhere in
    ``MIDDLEWARE``; ``handler500 = "wagtail_emulation.errors.server_error"`` covers errors
    raised outside views."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_DOWN):
            log_fault("database", "database unreachable; answering 503.")
            return service_unavailable(request)
        return None
