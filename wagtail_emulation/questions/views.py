"""The uncached pages of a questions section: asking, and looking a question up by its code.

Both carry a CSRF token (and the form a captcha key), so they are never part of the
section's cacheable HTML and are never cached themselves (``no_store``). The lookup is a POST,
so a code never lands in an address bar, a server log or a Referer header.
"""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from ..client import client_ip, keyed_hash
from ..http import no_store
from ..rate_limits import hit_rate_limit
from .conf import app_settings
from .forms import AskForm, LookupForm, phone_digits
from .intake import receive_question
from .lookup import find_question
from .models import QuestionIndexPage


def section_or_404(section_id):
    section = QuestionIndexPage.objects.live().public().filter(pk=section_id).first()
    if section is None:
        raise Http404(_("This questions and answers section does not exist or is not published."))
    return section


def reader_ip_hash(request):
    address = client_ip(request)
    return keyed_hash(address, purpose="questions.ip") if address else ""


def minutes(seconds):
    return max(1, -(-seconds // 60))


def ask_limit_message(seconds):
    count = minutes(seconds)
    return ngettext(
        "You have sent several questions in a short time. Please try again in %(minutes)s minute.",
        "You have sent several questions in a short time. Please try again in %(minutes)s minutes.",
        count,
    ) % {"minutes": count}


def lookup_limit_message(seconds):
    count = minutes(seconds)
    return ngettext(
        "You have looked up many codes in a short time. Please try again in %(minutes)s minute.",
        "You have looked up many codes in a short time. Please try again in %(minutes)s minutes.",
        count,
    ) % {"minutes": count}


def ask_retry_after(ip_hash, data):
    waits = [
        hit_rate_limit("questions:ask:ip", ip_hash, *app_settings.QUESTIONS_ASK_RATE_LIMIT_PER_IP)
    ]
    contact = data.get("email", "").lower() or phone_digits(data.get("phone", ""))
    if contact:
        waits.append(
            hit_rate_limit(
                "questions:ask:contact", contact, *app_settings.QUESTIONS_ASK_RATE_LIMIT_PER_IP
            )
        )
    waits = [wait for wait in waits if wait]
    return max(waits) if waits else None


def _too_many(response, wait):
    response["Retry-After"] = str(wait)
    return response


@require_http_methods(["GET", "POST"])
def ask(request, section_id):
    """The asking form; once sent, the same address shows the tracking code."""
    section = section_or_404(section_id)
    status = 200
    if request.method == "POST" and "refresh_captcha" in request.POST:
        # The no-JavaScript "New code" button: the same text back, a new picture, no errors.
        form = AskForm(initial=request.POST.dict())
        form.stamp = AskForm(request.POST).stamp
    elif request.method == "POST":
        form = AskForm(request.POST, request.FILES)
        if not form.is_valid():
            form.mark_invalid_fields()
            status = 400
        else:
            ip_hash = reader_ip_hash(request)
            wait = ask_retry_after(ip_hash, form.cleaned_data)
            if wait:
                form.add_error(None, ask_limit_message(wait))
                return _too_many(_render_ask(request, section, form, 429), wait)
            question = receive_question(form, section, ip_hash)
            # Answered in place (no redirect): the code is shown once, to the one who asked,
            # and is never put in an address.
            context = {"section": section, "question": question, "page": section}
            response = render(request, "wagtail_emulation/questions/asked.html", context)
            return no_store(response)
    else:
        form = AskForm()
    return _render_ask(request, section, form, status)


def _render_ask(request, section, form, status):
    form.withhold_challenge_from_crawler(request)
    context = {"section": section, "page": section, "form": form}
    response = render(request, "wagtail_emulation/questions/ask.html", context, status=status)
    return no_store(response)


@require_http_methods(["GET", "POST"])
def lookup(request, section_id):
    """A question's progress by its code. Every attempt counts against the reader's limit,
    and a wrong code is told as such, whether or not other codes exist."""
    section = section_or_404(section_id)
    status, question, not_found = 200, None, False
    if request.method == "POST":
        form = LookupForm(request.POST)
        wait = hit_rate_limit(
            "questions:lookup:ip",
            reader_ip_hash(request),
            *app_settings.QUESTIONS_LOOKUP_RATE_LIMIT_PER_IP,
        )
        if wait:
            form.is_valid()
            form.add_error(None, lookup_limit_message(wait))
            return _too_many(_render_lookup(request, section, form, None, False, 429), wait)
        if form.is_valid():
            question = find_question(section, form.cleaned_data["code"])
            not_found = question is None
            status = 404 if not_found else 200
        else:
            status = 400
    else:
        form = LookupForm()
    return _render_lookup(request, section, form, question, not_found, status)


def _render_lookup(request, section, form, question, not_found, status):
    context = {
        "section": section,
        "page": section,
        "form": form,
        "question": question,
        "not_found": not_found,
    }
    response = render(request, "wagtail_emulation/questions/lookup.html", context, status=status)
    return no_store(response)
