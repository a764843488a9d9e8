from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "demo-admin-2026"  # noqa: S105 - a demo account on 127.0.0.1 only


class Command(BaseCommand):
    help = "Create the demo superuser if it is missing and print its login."

    def handle(self, *args, **options):
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=DEMO_USERNAME,
            defaults={"email": "admin@example.invalid", "is_staff": True, "is_superuser": True},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        self.stdout.write(
            self.style.SUCCESS(f"Admin login: {DEMO_USERNAME} / {DEMO_PASSWORD}")
            + ("" if created else " (existing account; password unchanged if you changed it)")
        )
