from django.core.management.base import BaseCommand

from ...links import check_links


class Command(BaseCommand):
    help = (
        "Check the administrative procedures' online-service addresses (HEAD, then GET, with "
        "a short timeout) and record the result; the admin report “Broken procedure links” "
        "lists the ones that fail. Run it from cron, never from a page request."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--limit", type=int, default=None, help="Most addresses to check in this run."
        )
        parser.add_argument(
            "--timeout", type=float, default=None, help="Seconds to wait for each address."
        )

    def handle(self, *args, limit=None, timeout=None, verbosity=1, **options):
        def report(page, url, outcome):
            if verbosity > 1 or not outcome.ok:
                state = "ok" if outcome.ok else f"BROKEN {outcome.status_code or outcome.problem}"
                self.stdout.write(f"{page.code} {url}: {state}")

        checked, broken = check_links(limit=limit, timeout=timeout, on_result=report)
        self.stdout.write(f"{checked} addresses checked, {broken} broken.")
