from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Site

from example_site.portal.demo import BUILDERS, PROVINCE_BUILDER
from example_site.portal.demo.site import ensure_agency, ensure_home, ensure_website_links


class Command(BaseCommand):
    help = "Build the demo portal content. Safe to run again: it adds only what is missing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--port",
            type=int,
            help="The port the demo is served on (make demo's PORT): the Site's links use it.",
        )
        parser.add_argument(
            "--province",
            action="store_true",
            help=(
                "Also build the provincial portal (tinh.localhost) and a second department "
                "(sonoivu.localhost) beside the demo department (sotuphap.localhost)."
            ),
        )

    @transaction.atomic
    def handle(self, *args, **options):
        home, site = ensure_home(port=options["port"])
        ensure_agency(site)
        ensure_website_links(site)
        builders = [*BUILDERS, PROVINCE_BUILDER] if options["province"] else BUILDERS
        for path in builders:
            import_module(path).build(home)
            self.stdout.write(f"  {path.rsplit('.', 1)[-1]}: ok")
        self.stdout.write(self.style.SUCCESS(f"Demo content ready on site “{site.site_name}”."))
        if options["province"]:
            self.print_addresses()

    def print_addresses(self):
        """The province's sites, each on its own name (``*.localhost`` reaches loopback)."""
        for site in Site.objects.order_by("-is_default_site", "hostname"):
            also = f" (also http://127.0.0.1:{site.port}/)" if site.is_default_site else ""
            self.stdout.write(f"  {site.site_name}: {site.root_url}/{also}")
