"""Following the answer pages' workflow: submitted → in progress, published → answered."""

from wagtail.signals import page_published, workflow_submitted


def _published(sender, instance, **kwargs):
    from .answers import record_answer

    record_answer(instance)


def _submitted(sender, instance, **kwargs):
    from .models import Question, QuestionStatus

    # A workflow state names its object by content type and id (a string); only pages
    # are answer pages, and any other object simply matches no question.
    if str(instance.object_id).isdigit():
        Question.objects.filter(
            answer_page_id=int(instance.object_id), status=QuestionStatus.RECEIVED
        ).update(status=QuestionStatus.IN_PROGRESS)


def connect():
    from .models import QuestionPage

    page_published.connect(_published, sender=QuestionPage, dispatch_uid="questions_published")
    workflow_submitted.connect(_submitted, dispatch_uid="questions_workflow_submitted")
