"""Telling the emulation office a response arrived (never inside the reader's request).

Enqueued with ``transaction.on_commit``; with django-tasks' immediate backend it runs right
after the commit, with a real backend a worker sends the mail.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task
from wagtail.admin.utils import get_admin_base_url

from .models import NoticeResponse

VIEW_PERMISSION = "wagtail_emulation_commendations.view_noticeresponse"


def office_addresses(response):
    if response.page.receiving_email:
        return [response.page.receiving_email]
    users = get_user_model().objects.with_perm(VIEW_PERMISSION, include_superusers=True)
    return sorted({user.email for user in users.filter(is_active=True) if user.email})


@task()
def notify_notice_response(response_id):
    """E-mail the office about one new response (the reader's contact details stay in the
    admin: the message only says who wrote and links there)."""
    response = NoticeResponse.objects.select_related("page").filter(pk=response_id).first()
    if response is None or response.status != NoticeResponse.Status.NEW:
        return 0
    recipients = office_addresses(response)
    if not recipients:
        return 0
    context = {
        "response": response,
        "notice": response.page,
        "admin_url": get_admin_base_url()
        + reverse("wagtail_emulation_commendations_responses:edit", args=[response.pk]),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("wagtail_emulation/commendations/email/subject.txt", context)
        body = render_to_string("wagtail_emulation/commendations/email/response.txt", context)
    return send_mail(" ".join(subject.split()), body, None, recipients)
