"""``POST <prefix>/ratings/<page_id>/``: a reader's vote, from our script (JSON) or a plain form.

Every refusal changes nothing and says why in the reader's language: JSON
``{"error": {"code", "message"}}`` for scripts, the page's form shown again (with the reader's
choice kept) for browsers without JavaScript.
"""

import logging
from contextlib import suppress

from django.http import HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Page

from ..client import client_ip
from ..http import json_error, no_store, wants_json
from ..rate_limits import hit_rate_limit
from ..sites import on_request_site
from .availability import ratings_are_on
from .conf import app_settings
from .display import figures_json, own_score_text
from .forms import ScoreError, chosen_score, submitted_score
from .identity import rater_for, set_rater_cookie
from .protection import is_forged
from .votes import cast_vote
from .widgets import render_rating_widget, thanks_anchor

logger = logging.getLogger(__name__)


class Refusal(Exception):
    def __init__(self, code, message, status, headers=None):
        super().__init__(message)
        self.code, self.message, self.status = code, message, status
        self.headers = headers or {}


def _published_page(request, page_id):
    pages = on_request_site(Page.objects.live().public(), request)
    page = pages.filter(pk=page_id).specific().first()
    if page is None:
        raise Refusal("page_not_found", _("This page does not exist or is not published."), 404)
    return page


def _check_ratable(request, page):
    if not ratings_are_on(request, page):
        raise Refusal("ratings_closed", _("This page does not take ratings."), 403)


def _count_reader_hit(identity):
    return hit_rate_limit(
        "ratings:reader",
        identity,
        app_settings.RATINGS_READER_LIMIT,
        app_settings.RATINGS_READER_PERIOD,
    )


def _check_rate_limits(rater, request):
    try:
        retry_after = _count_reader_hit(rater.rate_limit_identity) or hit_rate_limit(
            "ratings:ip",
            client_ip(request),
            app_settings.RATINGS_IP_LIMIT,
            app_settings.RATINGS_IP_PERIOD,
        )
    except Exception:  # the shared cache is down: votes stay one per reader (database)
        logger.warning("Star ratings: cache unreachable, rate limits not applied.")
        return
    if retry_after:
        raise Refusal(
            "rate_limited",
            _("You have sent many ratings in a short time. Please try again later."),
            429,
            {"Retry-After": str(retry_after)},
        )


@csrf_exempt  # checked in is_forged(): token-less plain-form posts need an Origin check instead
def vote(request, page_id):
    page = None
    try:
        if request.method != "POST":
            raise Refusal(
                "method_not_allowed", _("Ratings are sent with the form."), 405, {"Allow": "POST"}
            )
        page = _published_page(request, page_id)
        _check_ratable(request, page)
        if is_forged(request):
            raise Refusal(
                "csrf_failed",
                _("Your rating was refused because it did not come from this website's page."),
                403,
            )
        try:
            score = submitted_score(request)
        except ScoreError as error:
            raise Refusal(error.code, error.message, 400) from None
        rater = rater_for(request)
        _check_rate_limits(rater, request)
    except Refusal as refusal:
        return _refused(request, page, refusal)
    result = cast_vote(page, rater, score)
    response = _accepted(request, page, result)
    if result.new_cookie:
        set_rater_cookie(response, request, result.new_cookie)
        # The first vote was counted under the network; the reader's later votes come with
        # this cookie, so its limit starts with this vote already counted.
        with suppress(Exception):  # a cache outage was logged by the checks above
            _count_reader_hit(result.new_browser_key)
    return no_store(response)


def _accepted(request, page, result):
    if wants_json(request):
        return JsonResponse(
            {
                "page": page.pk,
                "score": result.score,
                "created": result.created,
                "own": own_score_text(result.score),
                "message": _("Thank you for rating this page."),
                **figures_json(result.summary),
            }
        )
    # Back to the (cacheable) page; the fragment shows the thank-you note without JavaScript.
    return HttpResponseRedirect(f"{page.get_url(request)}#{thanks_anchor(page)}", status=303)


def _refused(request, page, refusal):
    if wants_json(request):
        return json_error(refusal.code, refusal.message, refusal.status, refusal.headers)
    widget = ""
    if page is not None and refusal.code != "ratings_closed":
        widget = render_rating_widget(
            {"request": request}, page, error=refusal.message, chosen=chosen_score(request)
        )
    response = TemplateResponse(
        request,
        "wagtail_emulation/ratings/vote_result.html",
        {
            "page": page,
            "heading": _("Your rating was not sent"),
            "message": refusal.message,
            "widget": widget,
            "back_url": page.get_url(request) if page is not None else "/",
        },
        status=refusal.status,
    )
    for name, value in refusal.headers.items():
        response[name] = value
    return no_store(response)
