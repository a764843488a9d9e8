from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from ...conf import app_settings
from ...models import ReaderComment
from ...moderation import delete_comments


class Command(BaseCommand):
    help = (
        "Erase the e-mail addresses and IP hashes of comments older than the retention period "
        "(WAGTAIL_EMULATION_COMMENTS_RETENTION_DAYS), and delete rejected and spam comments as "
        "old. Run it daily (cron or a scheduled task)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override the retention days.")
        parser.add_argument("--dry-run", action="store_true", help="Count, change nothing.")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = app_settings.COMMENTS_RETENTION_DAYS if days is None else days
        now = timezone.now()
        old = ReaderComment.objects.filter(created_at__lt=now - timedelta(days=days))
        unshown = old.filter(status__in=[ReaderComment.Status.REJECTED, ReaderComment.Status.SPAM])
        to_erase = old.exclude(email="", ip_hash="").exclude(pk__in=unshown.values("pk"))
        if dry_run:
            erased, deleted = to_erase.count(), unshown.count()
        else:
            deleted = delete_comments(list(unshown.values_list("pk", flat=True)))
            erased = to_erase.update(email="", ip_hash="", personal_data_erased_at=now)
        self.stdout.write(
            f"{'Would erase' if dry_run else 'Erased'} personal data of {erased} comment(s); "
            f"{'would delete' if dry_run else 'deleted'} {deleted} rejected or spam comment(s) "
            f"older than {days} days."
        )
