from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from ...conf import app_settings
from ...models import NoticeResponse


class Command(BaseCommand):
    help = (
        "Delete readers' responses to notices of candidates older than the retention period "
        "(WAGTAIL_EMULATION_COMMENDATIONS_RESPONSE_RETENTION_DAYS): names, telephone numbers "
        "and addresses are kept no longer than the office needs them. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override the retention days.")
        parser.add_argument("--dry-run", action="store_true", help="Count, delete nothing.")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = app_settings.COMMENDATIONS_RESPONSE_RETENTION_DAYS if days is None else days
        old = NoticeResponse.objects.filter(created_at__lt=timezone.now() - timedelta(days=days))
        count = old.count() if dry_run else old.delete()[0]
        self.stdout.write(
            f"{'Would delete' if dry_run else 'Deleted'} {count} response(s) older than "
            f"{days} days."
        )
