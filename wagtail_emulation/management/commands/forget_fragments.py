from django.core.management.base import BaseCommand, CommandError

from ...fragments import forget_every_fragment


class Command(BaseCommand):
    help = (
        "Make every kept render stale at once (article parts, related news, comment lists, "
        "star widgets), in every app process. Run it after a deploy that changed templates "
        "or static files; otherwise kept renders expire within five minutes."
    )

    def handle(self, *args, **options):
        if not forget_every_fragment():
            raise CommandError(
                "The shared cache (WAGTAIL_EMULATION_CACHE_ALIAS) could not be reached; "
                "kept renders expire by themselves within five minutes."
            )
        self.stdout.write("Every kept render is stale; pages render afresh on their next view.")
