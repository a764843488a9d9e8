"""The uncached pages of a questions section: asking, and looking a question up by its code.

Both carry a CSRF token (and the form a captcha key), so they are never part of the
section's cacheable HTML and are never cached themselves (``no_store``). The lookup is a POST,
so a code never lands in an address bar, a server log or a Referer header.
"""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from ..http import no_store
from ..reader_forms import (
    ProtectedFormView,
    phone_digits,
    rate_limit_message,
    reader_ip_hash,
    retry_after,
)
from ..sites import on_request_site
from .conf import app_settings
from .forms import AskForm, LookupForm
from .intake import receive_question
from .lookup import find_question
from .models import QuestionIndexPage

IP_HASH_PURPOSE = "questions.ip"


def section_or_404(request, section_id):
    sections = on_request_site(QuestionIndexPage.objects.live().public(), request)
    section = sections.filter(pk=section_id).first()
    if section is None:
        raise Http404(_("This questions and answers section does not exist or is not published."))
    return section


class AskView(ProtectedFormView):
    """The asking form; once sent, the same address shows the tracking code (answered in
    place, not redirected: the code is shown once, to the one who asked, never in an address)."""

    form_class = AskForm
    template_name = "wagtail_emulation/questions/ask.html"
    ip_hash_purpose = IP_HASH_PURPOSE
    rate_limit_scope = "questions"

    def prepare(self, section_id):
        self.section = section_or_404(self.request, section_id)

    def ip_rate_limit(self):
        return app_settings.QUESTIONS_ASK_RATE_LIMIT_PER_IP

    def contact_rate_limit(self):
        return app_settings.QUESTIONS_ASK_RATE_LIMIT_PER_CONTACT

    def rate_limit_counts(self, form):
        """By IP hash, and by each contact the reader gives (e-mail, telephone digits)."""
        limit = self.contact_rate_limit()
        data = form.cleaned_data
        return [
            *super().rate_limit_counts(form),
            ("email", (data.get("email") or "").lower(), limit),
            ("phone", phone_digits(data.get("phone") or ""), limit),
        ]

    def get_form(self, data=None, initial=None):
        files = self.request.FILES if data is not None else None
        return self.form_class(data, files, initial=initial)

    def get_context_data(self, form, **extra):
        return super().get_context_data(form, section=self.section, page=self.section, **extra)

    def form_valid(self, form):
        question = receive_question(form, self.section, self.ip_hash)
        context = {"section": self.section, "page": self.section, "question": question}
        response = render(self.request, "wagtail_emulation/questions/asked.html", context)
        return no_store(response)


ask = AskView.as_view()


@require_http_methods(["GET", "POST"])
def lookup(request, section_id):
    """A question's progress by its code. Every attempt counts against the reader's limit,
    and a wrong code is told as such, whether or not other codes exist."""
    section = section_or_404(request, section_id)
    status, question, not_found = 200, None, False
    if request.method == "POST":
        form = LookupForm(request.POST)
        ip_hash = reader_ip_hash(request, IP_HASH_PURPOSE)
        limit = app_settings.QUESTIONS_LOOKUP_RATE_LIMIT_PER_IP
        wait = retry_after("questions:lookup", [("ip", ip_hash, limit)] if limit else [])
        if wait:
            form.is_valid()
            form.add_error(None, rate_limit_message(wait))
            response = _render_lookup(request, section, form, None, False, 429)
            response["Retry-After"] = str(wait)
            return response
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
