from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ...department_sites import DepartmentSite, DepartmentSiteError, create_department_site


class Command(BaseCommand):
    help = (
        "Create a department site in one step: the Site (host name, port, name), its home "
        "page, the standard sections of the installed sub-apps, its portal settings, a "
        "collection for its images and documents, and an editors' group whose permissions "
        "cover that site only. Safe to run again: it adds only what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument("hostname", help="The site's host name, e.g. sonoivu.example.gov.vn.")
        parser.add_argument("site_name", help="The site's name, e.g. “Sở Nội vụ”.")
        parser.add_argument("--port", type=int, default=80, help="The site's port (80).")
        parser.add_argument(
            "--agency", default="", help="The agency's name in the portal settings (the site name)."
        )
        parser.add_argument(
            "--parent-agency",
            default="",
            help="The agency above it, e.g. the province's People's Committee.",
        )
        parser.add_argument(
            "--home-page-type",
            default="",
            help=(
                "The home page's type as app_label.Model; default: "
                "WAGTAIL_EMULATION_DEPARTMENT_HOME_PAGE_TYPE, else the default site's."
            ),
        )
        parser.add_argument(
            "--editor",
            action="append",
            default=[],
            metavar="USERNAME",
            help="An existing user to add to the site's editors' group (repeatable).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Print what would be done; write nothing."
        )

    def handle(self, *args, **options):
        spec = DepartmentSite(
            hostname=options["hostname"],
            site_name=options["site_name"],
            port=options["port"],
            agency_name=options["agency"],
            parent_agency=options["parent_agency"],
            home_page_type=options["home_page_type"],
            editors=options["editor"],
        )
        try:
            steps = create_department_site(spec, dry_run=options["dry_run"])
        except DepartmentSiteError as error:
            raise CommandError(str(error)) from None
        if not steps:
            self.stdout.write(
                _("The site “%(site)s” is complete: nothing to change.") % {"site": spec.site_name}
            )
            return
        if options["dry_run"]:
            self.stdout.write(_("Dry run: nothing is written. It would:"))
        for step in steps:
            self.stdout.write(f"  - {step}")
        if not options["dry_run"]:
            self.stdout.write(
                self.style.SUCCESS(_("The site “%(site)s” is ready.") % {"site": spec.site_name})
            )
