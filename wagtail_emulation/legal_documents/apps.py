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
