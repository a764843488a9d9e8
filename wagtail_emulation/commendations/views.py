"""The uncached side of a notice of candidates: the response form (no JavaScript needed).

It carries a CSRF token and a captcha key, so it is never part of the notice's cacheable
HTML, and is never cached itself (``no_store``).
"""

from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from ..client import client_ip, keyed_hash
from ..http import no_store
from ..rate_limits import hit_rate_limit
from .conf import app_settings
from .forms import NoticeResponseForm, phone_digits
from .models import CandidateNoticePage, NoticeResponse

SENT_PARAM = "da-gui"


def notice_or_404(page_id):
    page = CandidateNoticePage.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404(_("This notice does not exist or is not published."))
    return page


def reader_ip_hash(request):
    address = client_ip(request)
    return keyed_hash(address, purpose="commendations.ip") if address else ""


def retry_after(ip_hash, phone):
    waits = [
        hit_rate_limit(
            "commendations:ip", ip_hash, *app_settings.COMMENDATIONS_RESPONSE_RATE_LIMIT_PER_IP
        )
    ]
    if phone:
        waits.append(
            hit_rate_limit(
                "commendations:phone",
                phone,
                *app_settings.COMMENDATIONS_RESPONSE_RATE_LIMIT_PER_PHONE,
            )
        )
    waits = [wait for wait in waits if wait]
    return max(waits) if waits else None


def rate_limit_message(seconds):
    minutes = max(1, -(-seconds // 60))
    return ngettext(
        "You have sent several responses in a short time. Please try again in %(minutes)s minute.",
        "You have sent several responses in a short time. Please try again in %(minutes)s minutes.",
        minutes,
    ) % {"minutes": minutes}


def save_response(form, ip_hash):
    from .tasks import notify_notice_response

    data = form.cleaned_data
    now = timezone.now()
    candidate = next(
        (each for each in form.page.candidates.all() if each.pk == data.get("candidate")), None
    )
    response = NoticeResponse.objects.create(
        page=form.page,
        candidate=candidate,
        full_name=data["full_name"],
        phone=data["phone"].strip(),
        address=data["address"],
        email=data.get("email", ""),
        body=data["body"],
        status=NoticeResponse.Status.SPAM if form.trap_filled else NoticeResponse.Status.NEW,
        created_at=now,
        consented_at=now,
        ip_hash=ip_hash,
    )
    if not form.trap_filled:
        transaction.on_commit(lambda: notify_notice_response.enqueue(response.pk))
    return response


@require_http_methods(["GET", "POST"])
def respond(request, page_id):
    """The whole form as a page; after sending, the same address thanks the reader."""
    page = notice_or_404(page_id)
    status = 200
    ip_hash = reader_ip_hash(request)
    if request.method == "POST" and "refresh_captcha" in request.POST:
        # The no-JavaScript "New code" button: the same text back, a new picture, no errors.
        form = NoticeResponseForm(initial=request.POST.dict(), page=page)
        form.stamp = NoticeResponseForm(request.POST, page=page).stamp
    elif request.method == "POST":
        form = NoticeResponseForm(request.POST, page=page)
        if not page.is_open:
            status = 403  # the template says the window closed and gives the text back
        elif not form.is_valid():
            form.mark_invalid_fields()
            status = 400
        else:
            wait = retry_after(ip_hash, phone_digits(form.cleaned_data["phone"]))
            if wait:
                form.add_error(None, rate_limit_message(wait))
                response = _render(request, page, form, 429)
                response["Retry-After"] = str(wait)
                return response
            save_response(form, ip_hash)
            url = reverse("wagtail_emulation:commendations:respond", args=[page.pk])
            return no_store(HttpResponseRedirect(f"{url}?{SENT_PARAM}=1"))
    else:
        form = NoticeResponseForm(page=page)
    return _render(request, page, form, status, sent=request.GET.get(SENT_PARAM) == "1")


def _render(request, page, form, status, sent=False):
    form.withhold_challenge_from_crawler(request)
    context = {
        "page": page,
        "form": form,
        "sent": sent and request.method == "GET",
        "page_url": page.get_url(request),
        "action": reverse("wagtail_emulation:commendations:respond", args=[page.pk]),
    }
    response = render(
        request, "wagtail_emulation/commendations/respond_page.html", context, status=status
    )
    return no_store(response)
