"""Checking the procedures' online-service addresses, only when ``check_procedure_links`` runs.

Each address is asked for with HEAD (GET when the server refuses HEAD), a short timeout and
no more than ``PROCEDURES_LINK_CHECK_MAX`` addresses per run, the ones checked longest ago
first. The result is stored in :class:`~.models.LinkCheck`; page rendering never calls out.
"""

import urllib.error
import urllib.request
from dataclasses import dataclass

from django.db.models import F, Min
from django.utils import timezone

from .conf import app_settings
from .models import LinkCheck, ProcedurePage

#: HTTP statuses after which a HEAD request is retried as GET.
HEAD_REFUSED = {403, 405, 501}
USER_AGENT = "wagtail-emulation link check"


@dataclass
class Outcome:
    ok: bool
    status_code: int | None = None
    problem: str = ""


def _request(url, method, timeout):
    # check_url lets only http(s) addresses through.
    headers = {"User-Agent": USER_AGENT}
    request = urllib.request.Request(url, method=method, headers=headers)  # noqa: S310
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
        return response.status


def check_url(url, timeout=None):
    """Whether ``url`` opens (a 2xx or 3xx status after redirects)."""
    if not url.startswith(("http://", "https://")):
        return Outcome(False, problem="not an http(s) address")
    timeout = timeout or app_settings.PROCEDURES_LINK_CHECK_TIMEOUT
    for method in ("HEAD", "GET"):
        try:
            status = _request(url, method, timeout)
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in HEAD_REFUSED:
                continue
            return Outcome(False, status_code=error.code)
        except (urllib.error.URLError, OSError, ValueError) as error:
            reason = getattr(error, "reason", error)
            return Outcome(False, problem=str(reason)[:255] or type(error).__name__)
        return Outcome(status < 400, status_code=status)
    return Outcome(False, problem="no answer")


def addresses_to_check(limit):
    """``[(page, url)]``: every live procedure's addresses, those checked longest ago first."""
    pages = (
        ProcedurePage.objects.live()
        .annotate(last_checked=Min("link_checks__checked_at"))
        .order_by(F("last_checked").asc(nulls_first=True), "pk")
    )
    found = []
    for page in pages.iterator(chunk_size=500):
        for _label, url in page.online_links():
            found.append((page, url))
            if len(found) >= limit:
                return found
    return found


def check_links(limit=None, timeout=None, on_result=None):
    """Check up to ``limit`` addresses; ``(checked, broken)``."""
    limit = limit or app_settings.PROCEDURES_LINK_CHECK_MAX
    checked = broken = 0
    for page, url in addresses_to_check(limit):
        outcome = check_url(url, timeout)
        LinkCheck.objects.update_or_create(
            page=page,
            url=url,
            defaults={
                "ok": outcome.ok,
                "status_code": outcome.status_code,
                "problem": outcome.problem,
                "checked_at": timezone.now(),
            },
        )
        # Addresses the procedure no longer has are forgotten.
        LinkCheck.objects.filter(page=page).exclude(
            url__in=[address for _label, address in page.online_links()]
        ).delete()
        checked += 1
        broken += not outcome.ok
        if on_result:
            on_result(page, url, outcome)
    return checked, broken
