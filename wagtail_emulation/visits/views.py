"""The beacon: counts one page view in O(1) and answers 204, or a 1×1 GIF for the pixel."""

import base64
import functools

from django.db import connection
from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from ..conf import emulation_settings
from ..http import json_error, no_store
from .counting import ViewNotStored, count_hit
from .models import PageViewDaily
from .visitors import asks_not_to_be_tracked, is_bot, signature_is_valid

TRANSPARENT_GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


@functools.cache
def largest_id(model):
    """The largest primary key ``model``'s column can hold on this database (2**31 - 1 for an
    ``AutoField`` on PostgreSQL): a signed address for a larger id names no page that can exist."""
    return connection.ops.integer_field_range(model._meta.pk.get_internal_type())[1]


def ids_can_exist(site_id, page_id):
    site, page = (PageViewDaily._meta.get_field(name).related_model for name in ("site", "page"))
    return site_id <= largest_id(site) and page_id <= largest_id(page)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def beacon(request, site_id, page_id, signature):
    """POST from ``navigator.sendBeacon``/``fetch`` → 204; GET from ``<noscript><img>`` → GIF.

    The (site, page) pair is signed in the URL the tracker tag rendered, so checking it costs
    an HMAC, not a query. Bots and Do-Not-Track readers get the same answer, uncounted.
    """
    if not ids_can_exist(site_id, page_id) or not signature_is_valid(site_id, page_id, signature):
        return json_error("invalid_beacon", _("This counter address is not valid."), 400)
    if not (is_bot(request) or asks_not_to_be_tracked(request)):
        try:
            outcome = count_hit(request, site_id, page_id)
        except ViewNotStored:
            # Said, not hidden behind a 204: the client (and monitoring) sees the view was lost.
            return json_error(
                "not_stored",
                _("The visit could not be counted right now. Please try again later."),
                503,
                {"Retry-After": str(emulation_settings.DATABASE_RETRY_AFTER)},
            )
        if outcome.retry_after:
            return json_error(
                "rate_limited",
                _("Too many requests. Please try again in a moment."),
                429,
                {"Retry-After": str(outcome.retry_after)},
            )
    if request.method == "GET":
        return no_store(HttpResponse(TRANSPARENT_GIF, content_type="image/gif"))
    return no_store(HttpResponse(status=204))
