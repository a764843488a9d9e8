"""E-mails to askers, sent by the task queue after the commit, never inside a request.

Logs name a question by its number only: an asker's name, address or e-mail never reaches a
log line or a task's arguments.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from .models import Question, QuestionStatus

logger = logging.getLogger(__name__)


def lookup_url(question):
    site = question.section.get_site()
    root = site.root_url if site else ""
    return root + question.section.specific.lookup_url()


def _send(question, template, extra=None):
    context = {"question": question, "lookup_url": lookup_url(question), **(extra or {})}
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(
            f"wagtail_emulation/questions/email/{template}_subject.txt", context
        )
        body = render_to_string(f"wagtail_emulation/questions/email/{template}.txt", context)
    sent = send_mail(" ".join(subject.split()), body, None, [question.email])
    logger.info("Question %s: %s e-mail sent to the asker", question.pk, template)
    return sent


@task()
def notify_question_received(question_id):
    """Send the asker their tracking code and the deadline."""
    question = Question.objects.select_related("section", "topic").filter(pk=question_id).first()
    if question is None or not question.email or question.status == QuestionStatus.REJECTED:
        return 0
    return _send(question, "received")


@task()
def notify_question_answered(question_id):
    """Tell the asker the answer is ready (and where it is published, if it is)."""
    question = (
        Question.objects.select_related("section", "answer_page").filter(pk=question_id).first()
    )
    if question is None or not question.email or question.status != QuestionStatus.ANSWERED:
        return 0
    page = question.answer_page
    public_url = page.get_full_url() if page and page.live and question.publish_answer else ""
    return _send(question, "answered", {"public_url": public_url})
