"""``manage.py purge_question_contacts``: erase askers' contact details once they are no
longer needed (``WAGTAIL_EMULATION_QUESTIONS_CONTACT_RETENTION_DAYS`` after the answer or the
refusal). The question and its answer stay, for the statistics and the public page."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from ...conf import app_settings
from ...models import Question, QuestionStatus
from ...models.questions import CONTACT_FIELDS


class Command(BaseCommand):
    help = "Erase the contact details and attachments of questions closed long enough ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Keep this many days after the answer (default: the setting).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say how many would be erased."
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = app_settings.QUESTIONS_CONTACT_RETENTION_DAYS if days is None else days
        cutoff = timezone.now() - timedelta(days=days)
        closed = Q(status=QuestionStatus.ANSWERED, answered_at__lt=cutoff) | Q(
            status__in=(QuestionStatus.REJECTED, QuestionStatus.MERGED), received_at__lt=cutoff
        )
        questions = Question.objects.filter(closed, contact_purged_at__isnull=True)
        if dry_run:
            self.stdout.write(f"{questions.count()} questions would be erased.")
            return
        erased = 0
        for question in questions.iterator(chunk_size=500):
            if question.attachment:
                question.attachment.delete(save=False)
            for name in CONTACT_FIELDS:
                setattr(question, name, "")
            question.attachment_name = ""
            question.ip_hash = ""
            question.contact_purged_at = timezone.now()
            question.save(
                update_fields=[
                    *CONTACT_FIELDS,
                    "attachment",
                    "attachment_name",
                    "ip_hash",
                    "contact_purged_at",
                ]
            )
            erased += 1
        self.stdout.write(f"Erased the contact details of {erased} questions.")
