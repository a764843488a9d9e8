"""The reader's side that is never cached: the opinion form as a page (no JavaScript) and as a
fragment (opened in place beside an article by ``consultation.js``), the thank-you page; and
the printable summary report, the same for everyone.
"""

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from ..client import client_ip, keyed_hash
from ..http import no_store
from ..rate_limits import hit_rate_limit
from .conf import app_settings
from .forms import OpinionForm
from .models import DraftPage
from .opinions import create_opinion
from .report import report_rows
from .window import window_message


def draft_page(page_id):
    page = DraftPage.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404(_("There is no draft open for opinions here."))
    return page


def reader_ip_hash(request):
    address = client_ip(request)
    return keyed_hash(address, purpose="consultation.ip") if address else ""


def retry_after(ip_hash, contact):
    waits = [
        hit_rate_limit("consultation:ip", ip_hash, *app_settings.CONSULTATION_RATE_LIMIT_PER_IP)
    ]
    if contact:
        waits.append(
            hit_rate_limit(
                "consultation:contact",
                contact.lower(),
                *app_settings.CONSULTATION_RATE_LIMIT_PER_CONTACT,
            )
        )
    waits = [wait for wait in waits if wait]
    return max(waits) if waits else None


def rate_limit_message(seconds):
    minutes = max(1, -(-seconds // 60))
    return ngettext(
        "You have sent several opinions in a short time. Please try again in %(minutes)s minute.",
        "You have sent several opinions in a short time. Please try again in %(minutes)s minutes.",
        minutes,
    ) % {"minutes": minutes}


def handle_form(request, page):
    """(form, saved opinion or None, HTTP status) for a GET or POST of the opinion form."""
    ip_hash = reader_ip_hash(request)
    if request.method != "POST":
        article = request.GET.get("article", "")
        initial = {"article": article} if page.article(article) else {}
        return OpinionForm(initial=initial, page=page), None, 200
    if "refresh_captcha" in request.POST:
        # The no-JavaScript "New code" button: same text back, a new picture, no errors yet.
        form = OpinionForm(initial=request.POST.dict(), page=page)
        form.stamp = OpinionForm(request.POST, page=page).stamp
        return form, None, 200
    form = OpinionForm(request.POST, page=page)
    if not page.is_open:
        return form, None, 403  # the template says why and gives the reader's text back
    if not form.is_valid():
        form.mark_invalid_fields()
        return form, None, 400
    data = form.cleaned_data
    wait = retry_after(ip_hash, data.get("email") or data.get("phone"))
    if wait:
        form.add_error(None, rate_limit_message(wait))
        form.retry_after = wait
        return form, None, 429
    return form, save_opinion(form, ip_hash), 201


def save_opinion(form, ip_hash):
    from .models import DraftOpinion

    data = form.cleaned_data
    article = form.chosen_article
    now = timezone.now()
    return create_opinion(
        page_id=form.page.pk,
        article_key=article.key if article else "",
        article_label=article.label if article else "",
        name=data["name"],
        organisation=data["organisation"],
        email=data.get("email", ""),
        phone=data.get("phone", ""),
        body=data["body"],
        status=DraftOpinion.Status.SPAM if form.trap_filled else DraftOpinion.Status.PENDING,
        created_at=now,
        consented_at=now,
        ip_hash=ip_hash,
    )


def _context(page, form, opinion, url_name):
    return {
        "page": page,
        "form": form,
        "closed_message": window_message(page),
        "action": reverse(f"wagtail_emulation:consultation:{url_name}", args=[page.pk]),
        "sent": opinion is not None,
        "opinion": opinion,
    }


def _respond(request, template, context, status, form):
    form.withhold_challenge_from_crawler(request)
    response = render(request, template, context, status=status)
    if getattr(form, "retry_after", None):
        response["Retry-After"] = str(form.retry_after)
    return no_store(response)


@require_http_methods(["GET", "POST"])
def opinion_page(request, page_id):
    """The whole form as a page: the path for readers without JavaScript."""
    page = draft_page(page_id)
    form, opinion, status = handle_form(request, page)
    if opinion is not None:
        url = reverse("wagtail_emulation:consultation:sent", args=[page.pk])
        return no_store(HttpResponseRedirect(f"{url}?article={opinion.article_key}"))
    context = {**_context(page, form, opinion, "page"), "page_url": page.get_url(request)}
    return _respond(
        request, "wagtail_emulation/consultation/opinion_page.html", context, status, form
    )


@require_http_methods(["GET", "POST"])
def opinion_form_fragment(request, page_id):
    """Only the form (or the thank-you notice), for ``consultation.js`` to put into the page."""
    page = draft_page(page_id)
    form, opinion, status = handle_form(request, page)
    context = _context(page, form, opinion, "form")
    return _respond(
        request, "wagtail_emulation/consultation/form_fragment.html", context, status, form
    )


@require_GET
def opinion_sent(request, page_id):
    page = draft_page(page_id)
    article = page.article(request.GET.get("article", ""))
    page_url = page.get_url(request) or ""
    back = f"{page_url}#{article.anchor}" if article else page_url
    context = {"page": page, "article": article, "back_url": back}
    return no_store(render(request, "wagtail_emulation/consultation/sent_page.html", context))


@require_GET
def report_page(request, page_id):
    """The printable summary report, once published and the window closed."""
    page = draft_page(page_id)
    if not page.report_shown:
        raise Http404(_("The summary report on this draft is not published yet."))
    context = {"page": page, "rows": report_rows(page), "page_url": page.get_url(request)}
    return render(request, "wagtail_emulation/consultation/report_page.html", context)
