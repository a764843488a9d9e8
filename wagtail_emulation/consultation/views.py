"""The reader's side that is never cached: the opinion form as a page (no JavaScript) and as a
fragment (opened in place beside an article by ``consultation.js``), the thank-you page; and
the printable summary report, the same for everyone.
"""

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from ..http import no_store
from ..reader_forms import ProtectedFormView
from ..sites import on_request_site
from ..spreadsheets.writing import spreadsheet_response
from .conf import app_settings
from .forms import OpinionForm
from .models import DraftOpinion, DraftPage
from .opinions import create_opinion
from .report import report_headings, report_rows, report_spreadsheet_rows
from .window import window_message


def draft_page(request, page_id):
    """The live, public draft of the request's site; else 404."""
    drafts = on_request_site(DraftPage.objects.live().public(), request)
    page = drafts.filter(pk=page_id).first()
    if page is None:
        raise Http404(_("There is no draft open for opinions here."))
    return page


class OpinionFormView(ProtectedFormView):
    """The opinion form of one draft; the draft's own HTML only links to it."""

    form_class = OpinionForm
    ip_hash_purpose = "consultation.ip"
    rate_limit_scope = "consultation"
    contact_field = "email"

    def prepare(self, page_id):
        self.page = draft_page(self.request, page_id)

    def ip_rate_limit(self):
        return app_settings.CONSULTATION_RATE_LIMIT_PER_IP

    def contact_rate_limit(self):
        return app_settings.CONSULTATION_RATE_LIMIT_PER_CONTACT

    def rate_limit_counts(self, form):
        # The reader gives an e-mail address or a telephone number: each counts as a contact.
        counts = super().rate_limit_counts(form)
        phone = form.cleaned_data.get("phone")
        limit = self.contact_rate_limit()
        if phone and limit:
            counts.append(("phone", form.fields["phone"].contact_identity(phone), limit))
        return counts

    def is_open(self):
        return self.page.is_open

    def get_form_kwargs(self):
        return {"page": self.page}

    def get_form(self, data=None, initial=None):
        if data is None and initial is None and self.page.article(self.request.GET.get("article")):
            initial = {"article": self.request.GET["article"]}
        return super().get_form(data, initial)

    def get_context_data(self, form, **extra):
        return super().get_context_data(
            form,
            page=self.page,
            closed_message=window_message(self.page),
            action=reverse(f"wagtail_emulation:consultation:{self.url_name}", args=[self.page.pk]),
            **extra,
        )

    def save(self, form):
        data = form.cleaned_data
        article = form.chosen_article
        now = timezone.now()
        return create_opinion(
            page_id=self.page.pk,
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
            ip_hash=self.ip_hash,
        )


class OpinionPageView(OpinionFormView):
    """The whole form as a page: the path for readers without JavaScript."""

    template_name = "wagtail_emulation/consultation/opinion_page.html"
    url_name = "page"

    def get_context_data(self, form, **extra):
        return super().get_context_data(form, page_url=self.page.get_url(self.request), **extra)

    def form_valid(self, form):
        opinion = self.save(form)
        url = reverse("wagtail_emulation:consultation:sent", args=[self.page.pk])
        return no_store(HttpResponseRedirect(f"{url}?article={opinion.article_key}"))


class OpinionFragmentView(OpinionFormView):
    """Only the form (or the thank-you notice), for ``consultation.js`` to put in the page."""

    template_name = "wagtail_emulation/consultation/form_fragment.html"
    url_name = "form"

    def form_valid(self, form):
        return self.render_form(form, 201, sent=True, opinion=self.save(form))


opinion_page = OpinionPageView.as_view()
opinion_form_fragment = OpinionFragmentView.as_view()


@require_GET
def opinion_sent(request, page_id):
    page = draft_page(request, page_id)
    article = page.article(request.GET.get("article", ""))
    page_url = page.get_url(request) or ""
    back = f"{page_url}#{article.anchor}" if article else page_url
    context = {"page": page, "article": article, "back_url": back}
    return no_store(render(request, "wagtail_emulation/consultation/sent_page.html", context))


@require_GET
def report_page(request, page_id):
    """The printable summary report, once published and the window closed."""
    page = draft_page(request, page_id)
    if not page.report_shown:
        raise Http404(_("The summary report on this draft is not published yet."))
    context = {"page": page, "rows": report_rows(page), "page_url": page.get_url(request)}
    return render(request, "wagtail_emulation/consultation/report_page.html", context)


@require_GET
def report_file(request, page_id, file_format):
    """The summary report as a CSV or XLSX file, through the core's spreadsheet writer."""
    page = draft_page(request, page_id)
    if not page.report_shown:
        raise Http404(_("The summary report on this draft is not published yet."))
    rows = report_spreadsheet_rows(report_rows(page))
    return spreadsheet_response(
        file_format, report_headings(), rows, filename=f"bao-cao-tong-hop-{page.slug}"
    )
