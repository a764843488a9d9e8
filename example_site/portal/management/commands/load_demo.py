from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Site

from example_site.portal.demo import BUILDERS
from example_site.portal.demo.province import DEFAULT_SITE_ALIAS
from example_site.portal.demo.site import ensure_agency, ensure_home, ensure_website_links


class Command(BaseCommand):
    help = "Build the demo portal content. Safe to run again: it adds only what is missing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--port",
            type=int,
            help="The port the demo is served on (make demo's PORT): the Site's links use it.",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        home, site = ensure_home(port=options["port"])
        ensure_agency(site)
        ensure_website_links(site)
        for path in BUILDERS:
            import_module(path).build(home)
            self.stdout.write(f"  {path.rsplit('.', 1)[-1]}: ok")
        self.stdout.write(self.style.SUCCESS(f"Demo content ready on site “{site.site_name}”."))
        self.print_addresses(site)

    def print_addresses(self, default_site):
        """The province's sites, each on its own name (``*.localhost`` reaches loopback)."""
        suffix = "" if default_site.port == 80 else f":{default_site.port}"
        self.stdout.write(
            f"  {default_site.site_name}: http://{DEFAULT_SITE_ALIAS}{suffix}/"
            f" (also http://127.0.0.1{suffix}/)"
        )
        for other in Site.objects.filter(is_default_site=False).order_by("hostname"):
            self.stdout.write(f"  {other.site_name}: http://{other.hostname}{suffix}/")
