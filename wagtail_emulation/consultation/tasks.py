"""The daily reminder: moderators hear of drafts closing soon with opinions still waiting.

Run ``manage.py consultation_reminders`` once a day (cron, a systemd timer); it enqueues
:func:`send_closing_reminders` on django-tasks, so a worker sends the mail.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task
from wagtail.admin.utils import get_admin_base_url

from .reminders import closing_soon_with_waiting_opinions

MODERATE_PERMISSION = "wagtail_emulation_consultation.moderate_draftopinion"


def moderator_addresses():
    users = get_user_model().objects.with_perm(MODERATE_PERMISSION, include_superusers=True)
    return sorted({user.email for user in users.filter(is_active=True) if user.email})


@task()
def send_closing_reminders():
    """One e-mail listing every draft closing soon with opinions waiting; returns how many
    messages were sent (0 when nothing waits or nobody moderates)."""
    drafts = closing_soon_with_waiting_opinions()
    recipients = moderator_addresses()
    if not drafts or not recipients:
        return 0
    listing = get_admin_base_url() + reverse("wagtail_emulation_consultation:index")
    context = {
        "drafts": [(draft, f"{listing}?status=pending&page={draft.pk}") for draft in drafts],
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("wagtail_emulation/consultation/email/subject.txt", context)
        body = render_to_string("wagtail_emulation/consultation/email/reminder.txt", context)
    return send_mail(" ".join(subject.split()), body, None, recipients)
