from django.core.management.base import BaseCommand

from ...collect import collect_old_rows


class Command(BaseCommand):
    help = (
        "Fold daily visit rows older than WAGTAIL_EMULATION_VISITS_RETENTION_DAYS into the "
        "per-page and per-site totals, and delete them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Retention in days (default: the setting).")

    def handle(self, *args, days=None, **options):
        removed = collect_old_rows(days)
        self.stdout.write(f"Removed {removed} daily row(s).")
