"""The uncached side of a notice of candidates: the response form (no JavaScript needed).

It is the core's :class:`~wagtail_emulation.reader_forms.ProtectedFormView`: it carries a CSRF
token and a captcha key, so it is never part of the notice's cacheable HTML, and is never
cached itself.
"""

from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ..http import no_store
from ..reader_forms import ProtectedFormView, from_setting
from ..sites import on_request_site
from .conf import app_settings
from .forms import NoticeResponseForm
from .models import CandidateNoticePage, NoticeResponse

SENT_PARAM = "da-gui"


def notice_or_404(request, page_id):
    notices = on_request_site(CandidateNoticePage.objects.live().public(), request)
    page = notices.filter(pk=page_id).first()
    if page is None:
        raise Http404(_("This notice does not exist or is not published."))
    return page


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


class NoticeResponseView(ProtectedFormView):
    """The whole form as a page; after sending, the same address thanks the reader."""

    form_class = NoticeResponseForm
    template_name = "wagtail_emulation/commendations/respond_page.html"
    ip_hash_purpose = "commendations.ip"
    rate_limit_scope = "commendations"
    contact_field = "phone"
    ip_rate_limit = from_setting(app_settings, "COMMENDATIONS_RESPONSE_RATE_LIMIT_PER_IP")
    contact_rate_limit = from_setting(app_settings, "COMMENDATIONS_RESPONSE_RATE_LIMIT_PER_PHONE")

    def prepare(self, page_id):
        self.page = notice_or_404(self.request, page_id)

    def is_open(self):
        return self.page.is_open

    def get_form_kwargs(self):
        return {"page": self.page}

    def get_context_data(self, form, **extra):
        return super().get_context_data(
            form,
            page=self.page,
            sent=self.request.method == "GET" and self.request.GET.get(SENT_PARAM) == "1",
            page_url=self.page.get_url(self.request),
            action=reverse("wagtail_emulation:commendations:respond", args=[self.page.pk]),
            **extra,
        )

    def form_valid(self, form):
        save_response(form, self.ip_hash)
        url = reverse("wagtail_emulation:commendations:respond", args=[self.page.pk])
        return no_store(HttpResponseRedirect(f"{url}?{SENT_PARAM}=1"))


respond = NoticeResponseView.as_view()
