"""Receiving a question: saving it under a fresh code with its deadline, and telling the asker."""

from django.db import transaction
from django.utils import timezone

from .deadlines import answer_deadline
from .models import Question, QuestionStatus


def receive_question(form, section, ip_hash):
    """Save ``form``'s question (a honeypot catch is saved as not accepted, and nobody is
    told) and return it."""
    from .tasks import notify_question_received

    data = form.cleaned_data
    now = timezone.now()
    upload = data.get("attachment")
    question = Question.receive(
        section=section,
        topic=data["topic"],
        title=data["title"],
        body=data["body"],
        attachment=upload or "",
        attachment_name=upload.name[:255] if upload else "",
        full_name=data["full_name"],
        email=data.get("email", ""),
        phone=data.get("phone", ""),
        address=data.get("address", ""),
        received_at=now,
        consented_at=now,
        deadline=answer_deadline(timezone.localdate(now)),
        ip_hash=ip_hash,
        status=QuestionStatus.REJECTED if form.trap_filled else QuestionStatus.RECEIVED,
    )
    if not form.trap_filled and question.email:
        transaction.on_commit(lambda: notify_question_received.enqueue(question.pk))
    return question
