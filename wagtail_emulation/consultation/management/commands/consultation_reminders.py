from django.core.management.base import BaseCommand

from ...tasks import send_closing_reminders


class Command(BaseCommand):
    help = (
        "Tell moderators about drafts whose window closes soon with opinions waiting "
        "(run once a day)."
    )

    def handle(self, *args, **options):
        result = send_closing_reminders.enqueue()
        self.stdout.write(f"Reminder task enqueued ({result.id}).")
