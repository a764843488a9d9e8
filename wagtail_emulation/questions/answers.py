"""From a question in the queue to its answer page, and from a published answer back to the
question (its status, the asker's lookup, the statistics)."""

from django.db import transaction
from django.utils import timezone
from wagtail.models import PageViewRestriction

from .deadlines import working_days_taken
from .models import Question, QuestionPage, QuestionStatus


def start_answer(question, user=None):
    """The draft answer page of ``question`` (made now, under its section, if it has none).

    The draft carries the question's title and text for the editor to reword for the public;
    the asker's name and contact details are never copied. A personal question's page is
    private from the start (Wagtail's "private, logged-in users only"), so no list, feed,
    sitemap or search ever shows it.
    """
    page = question.answer_page
    if page is None:
        page = QuestionPage(
            title=question.title,
            topic=question.topic,
            asked_on=timezone.localdate(question.received_at),
            question_text=question.body,
            answering_unit=question.unit,
            answer="",
            live=False,
            owner=user,
        )
        question.section.add_child(instance=page)
        page.save_revision(user=user, log_action=True, clean=False)
        question.answer_page = page
    if question.status == QuestionStatus.RECEIVED:
        question.status = QuestionStatus.IN_PROGRESS
    question.save(update_fields=["answer_page", "status"])
    sync_privacy(question)
    return page


def sync_privacy(question):
    """Keep the answer page private exactly while the question is not to be published."""
    page = question.answer_page
    if page is None:
        return
    restrictions = PageViewRestriction.objects.filter(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    if question.publish_answer:
        restrictions.delete()
    elif not restrictions.exists():
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


@transaction.atomic  # the rows stay locked while they change (publishing may run outside one)
def record_answer(page):
    """The answer page was published: its questions are answered, with what it says now, and
    their askers are told (after the commit, through the task queue)."""
    from .tasks import notify_question_answered

    page = page.specific
    now = timezone.now()
    questions = Question.objects.filter(answer_page=page).exclude(status=QuestionStatus.MERGED)
    for question in questions.select_for_update():
        first_time = question.status != QuestionStatus.ANSWERED
        question.status = QuestionStatus.ANSWERED
        question.answer = page.answer
        question.answer_document_id = page.answer_document_id
        question.answered_by = ", ".join(
            part for part in (page.answered_by, getattr(page.answering_unit, "name", "")) if part
        )
        if first_time:
            question.answered_at = now
            question.working_days_taken = working_days_taken(
                question.received_at, question.answered_at
            )
        question.save()
        if first_time and question.email:
            transaction.on_commit(lambda pk=question.pk: notify_question_answered.enqueue(pk))
