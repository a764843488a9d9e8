from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from ...buffer import flush_buffer


class Command(BaseCommand):
    help = (
        "Fold buffered visit counts from Redis into the database. Safe to run at any time and "
        "to re-run after a crash: every batch is applied exactly once."
    )

    def handle(self, *args, **options):
        try:
            result = flush_buffer()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Applied {result.batches} batch(es), {result.fields} counter(s); "
            f"{result.skipped} already applied."
        )
