from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from ...conf import app_settings
from ...models import DraftOpinion


class Command(BaseCommand):
    help = (
        "Erase the e-mail addresses, telephone numbers and IP hashes of opinions on drafts whose "
        "window closed more than WAGTAIL_EMULATION_CONSULTATION_RETENTION_DAYS ago (names, "
        "organisations and opinions stay in the summary report). Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override the retention days.")
        parser.add_argument("--dry-run", action="store_true", help="Count, change nothing.")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = app_settings.CONSULTATION_RETENTION_DAYS if days is None else days
        cutoff = timezone.localdate() - timedelta(days=days)
        old = DraftOpinion.objects.alias(
            last_day=Coalesce("page__extended_until", "page__closes_on")
        ).filter(last_day__lt=cutoff)
        to_erase = old.filter(~Q(email="") | ~Q(phone="") | ~Q(ip_hash=""))
        count = to_erase.count() if dry_run else to_erase.update(email="", phone="", ip_hash="")
        self.stdout.write(
            f"{'Would erase' if dry_run else 'Erased'} the contact details of {count} "
            f"opinion(s) on drafts closed more than {days} days ago."
        )
