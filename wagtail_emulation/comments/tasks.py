"""Background work: telling moderators a comment waits (never inside the reader's request).

Enqueued with ``transaction.on_commit`` so a task never sees an uncommitted comment. With a real
django-tasks backend (database, RQ…) a worker sends the mail; with the immediate backend (tests,
the demo) it runs right after the commit.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task
from wagtail.admin.utils import get_admin_base_url

from .models import ReaderComment
from .site_settings import comment_settings

MODERATE_PERMISSION = "wagtail_emulation_comments.moderate_readercomment"


def moderator_addresses(site):
    addresses = comment_settings(site=site).notify_address_list()
    if addresses:
        return addresses
    users = get_user_model().objects.with_perm(MODERATE_PERMISSION, include_superusers=True)
    return sorted({user.email for user in users.filter(is_active=True) if user.email})


@task()
def notify_moderators(comment_id):
    """E-mail the moderators about one waiting comment (no reader e-mail in the message)."""
    comment = ReaderComment.objects.select_related("page").filter(pk=comment_id).first()
    if comment is None or comment.status != ReaderComment.Status.PENDING:
        return 0
    page = comment.page.specific
    recipients = moderator_addresses(page.get_site())
    if not recipients:
        return 0
    context = {
        "comment": comment,
        "page": page,
        "edit_url": get_admin_base_url()
        + reverse("wagtail_emulation_comments:edit", args=[comment.pk]),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("wagtail_emulation/comments/email/subject.txt", context)
        body = render_to_string("wagtail_emulation/comments/email/waiting.txt", context)
    return send_mail(" ".join(subject.split()), body, None, recipients)
