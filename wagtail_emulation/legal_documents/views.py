"""Admin screens of the library: the bulk import, and the flat list of documents."""

import zipfile

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.pages.listing import IndexView as PageIndexView

from ..spreadsheets.views import SpreadsheetImportForm, SpreadsheetImportView
from ..spreadsheets.writing import SpreadsheetExportMixin
from .importing import LegalDocumentImport
from .models import LegalDocumentIndexPage


def publishable_libraries(user):
    return [
        page.pk
        for page in LegalDocumentIndexPage.objects.all()
        if page.permissions_for_user(user).can_publish_subpage()
    ]


class ImportForm(SpreadsheetImportForm):
    library = forms.ModelChoiceField(
        label=gettext_lazy("Library"),
        queryset=LegalDocumentIndexPage.objects.none(),
        help_text=gettext_lazy("The library the documents are added to."),
    )
    archive = forms.FileField(
        label=gettext_lazy("Files (ZIP)"),
        required=False,
        help_text=gettext_lazy("The files named in the “Files” column, matched by file name."),
    )
    field_order = ["library", "file", "archive"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].label = gettext_lazy("List of documents (CSV or XLSX)")
        self.fields["file"].help_text = gettext_lazy(
            "One document per row, with the headings of an export of the library. A document "
            "already in the library (same issuing body and number) is updated."
        )
        libraries = publishable_libraries(user)
        self.fields["library"].queryset = LegalDocumentIndexPage.objects.filter(pk__in=libraries)
        if len(libraries) == 1:
            self.fields["library"].initial = libraries[0]

    def clean_archive(self):
        archive = self.cleaned_data.get("archive")
        if archive is not None and not zipfile.is_zipfile(archive):
            raise forms.ValidationError(_("The file archive is not a ZIP file."))
        return archive


class ImportView(SpreadsheetImportView):
    importer_class = LegalDocumentImport
    form_class = ImportForm
    page_title = gettext_lazy("Import documents")
    intro = gettext_lazy(
        "Dates are written day/month/year; several files are separated by “;”. An export of "
        "the library has these columns."
    )
    attachment_field = "archive"

    def has_permission(self, request):
        return request.user.has_perm("wagtailadmin.access_admin") and bool(
            publishable_libraries(request.user)
        )

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_success_url(self):
        return self.request.path

    def success_message(self, job):
        return _("Imported: %(created)s new documents, %(updated)s updated.") % {
            "created": job.outcome.get("created", 0),
            "updated": job.outcome.get("updated", 0),
        }


class DocumentListView(SpreadsheetExportMixin, PageIndexView):
    """The flat list of documents; its exports go through the core's writer."""
