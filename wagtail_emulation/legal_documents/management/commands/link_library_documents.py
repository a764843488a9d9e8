"""Link pages that carry a document's number as text to that document's library entry.

Any page type with the core's ``LegalDocumentLinkMixin`` names the field holding the number
typed before the library existed (a campaign's ``launch_document_number``). A page whose
number matches exactly one library entry, whose link is empty and which has no unpublished
changes is linked and republished; the others are listed. The text fields are kept.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import get_page_models

from wagtail_emulation.content.document_link import LegalDocumentLinkMixin

from ...models import LegalDocumentPage, number_key


class Command(BaseCommand):
    help = "Link pages to the library entries whose number they carry as text."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only say what would change.")

    @transaction.atomic
    def handle(self, *args, dry_run=False, **options):
        linked = 0
        for model in get_page_models():
            field = getattr(model, "legal_document_number_field", None)
            if not issubclass(model, LegalDocumentLinkMixin) or not field:
                continue
            pages = model.objects.filter(legal_document__isnull=True).exclude(**{field: ""})
            for page in pages:
                key = number_key(getattr(page, field))
                found = list(LegalDocumentPage.objects.live().filter(number_key=key)[:2])
                if len(found) != 1 or page.has_unpublished_changes:
                    reason = "ambiguous" if len(found) > 1 else "no entry"
                    if page.has_unpublished_changes:
                        reason = "unpublished changes"
                    self.stdout.write(f"  skipped “{page.title}” ({reason})")
                    continue
                self.stdout.write(f"  “{page.title}” → {found[0].title}")
                linked += 1
                if not dry_run:
                    page.legal_document = found[0]
                    revision = page.save_revision(log_action=True)
                    if page.live:
                        revision.publish()
        self.stdout.write(self.style.SUCCESS(f"{linked} pages linked."))
