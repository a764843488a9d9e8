from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegalDocumentsConfig(AppConfig):
    # "documents" alone would clash with wagtail.documents (label "wagtaildocs", name
    # "wagtail.documents"): both the dotted name and the label say "legal documents".
    name = "wagtail_emulation.legal_documents"
    label = "wagtail_emulation_legal_documents"
    verbose_name = _("Document library")
    default_auto_field = "django.db.models.BigAutoField"
    #: Apps this one needs beside it in INSTALLED_APPS (a system check names any missing).
    companion_apps = ("wagtail.contrib.routable_page", "wagtail.documents", "wagtail.snippets")

    def ready(self):
        from ..fragments import forget_on_content_changes
        from ..page_fragments import FRAGMENT_NAME
        from .models import DocumentType, Issuer, LegalField, RelationKind

        # A document's kept facts name its type, issuer, field and relation kinds.
        forget_on_content_changes(
            FRAGMENT_NAME, also=(DocumentType, Issuer, LegalField, RelationKind)
        )
