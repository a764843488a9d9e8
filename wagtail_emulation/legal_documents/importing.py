"""Bulk import of documents from a CSV/XLSX sheet, with their files from a ZIP archive.

The core's spreadsheet path reads the sheet, previews a dry run and imports every row or
none, reporting each bad row with its line. This module says what a row is: one document,
found again by its issuing body and number, so importing the same sheet twice updates the
documents instead of adding them twice. Each file named in the "Files" column must be in the
ZIP archive (matched by file name, letter case ignored) unless the document already has a
file of that name.
"""

import os
import zipfile

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from import_export import fields, widgets
from wagtail.documents import get_document_model

from ..spreadsheets.cells import DateCell, TextCell, day_first
from ..spreadsheets.importing import SheetImport, SheetResource
from ..spreadsheets.reading import Column, SpreadsheetRefused
from .conf import app_settings
from .models import (
    DocumentType,
    Issuer,
    LegalDocumentFile,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    LegalField,
    number_key,
    search_key,
)

#: ``(field name, heading)`` of the sheet's columns, in order; exports write the same ones.
COLUMNS = [
    ("number", pgettext_lazy("legal document", "Number and symbol")),
    ("document_type", pgettext_lazy("legal document", "Document type")),
    ("issuer", pgettext_lazy("legal document", "Issuing body")),
    ("legal_field", pgettext_lazy("legal document", "Field")),
    ("signer", pgettext_lazy("legal document", "Signed by")),
    ("issue_date", pgettext_lazy("legal document", "Issue date")),
    ("effective_date", pgettext_lazy("legal document", "Effective date")),
    ("expiry_date", pgettext_lazy("legal document", "Expiry date")),
    ("summary", pgettext_lazy("legal document", "Summary")),
    ("files", pgettext_lazy("legal document", "Files")),
    ("official_url", pgettext_lazy("legal document", "National database link")),
]
REQUIRED = {"number", "document_type", "issuer", "issue_date", "summary"}
# The fields a row sets; the page's own (path, slug, title…) are the tree's business.
OWN_FIELDS = {name for name, _heading in COLUMNS} - {"files"}


def document_row(document):
    """One document as the sheet's row of values (exports use it)."""
    return [
        document.number,
        document.document_type.name,
        document.issuer.name,
        document.legal_field.name if document.legal_field_id else "",
        document.signer,
        day_first(document.issue_date),
        day_first(document.effective_date),
        day_first(document.expiry_date),
        document.summary,
        "; ".join(_file_name(item.document) for item in document.files.all()),
        document.official_url,
    ]


def _file_name(document):
    return os.path.basename(document.file.name)


class CatalogueWidget(widgets.Widget):
    """An entry of a catalogue (document types, issuing bodies, fields), named as in the admin."""

    def __init__(self, model, required=False):
        super().__init__()
        self.model = model
        self.required = required
        self._entries = None

    def clean(self, value, row=None, **kwargs):
        text = " ".join(str(value if value is not None else "").split())
        if not text:
            if self.required:
                raise ValueError(_("This column must not be empty."))
            return None
        if self._entries is None:  # one query per catalogue for the whole sheet
            self._entries = {search_key(entry.name): entry for entry in self.model.objects.all()}
        entry = self._entries.get(search_key(text))
        if entry is None:
            raise ValueError(
                _("“%(value)s” is not in the catalogue of %(catalogue)s.")
                % {"value": text, "catalogue": self.model._meta.verbose_name_plural}
            )
        return entry

    def render(self, value, obj=None, **kwargs):
        return value.name if value else ""


class FilesWidget(widgets.Widget):
    """File names separated by ";": each one in the ZIP archive or already on the document."""

    def __init__(self, archive_names):
        super().__init__()
        self.archive_names = archive_names  # lower-case name → name in the archive

    def clean(self, value, row=None, **kwargs):
        names = [name.strip() for name in str(value or "").split(";") if name.strip()]
        return names

    def render(self, value, obj=None, **kwargs):
        return "; ".join(value or [])


class LegalDocumentResource(SheetResource):
    number = fields.Field("number", "number", widget=TextCell(required=True))
    document_type = fields.Field(
        "document_type", "document_type", widget=CatalogueWidget(DocumentType, required=True)
    )
    issuer = fields.Field("issuer", "issuer", widget=CatalogueWidget(Issuer, required=True))
    legal_field = fields.Field("legal_field", "legal_field", widget=CatalogueWidget(LegalField))
    signer = fields.Field("signer", "signer", widget=TextCell())
    issue_date = fields.Field("issue_date", "issue_date", widget=DateCell(required=True))
    effective_date = fields.Field("effective_date", "effective_date", widget=DateCell())
    expiry_date = fields.Field("expiry_date", "expiry_date", widget=DateCell())
    summary = fields.Field("summary", "summary", widget=TextCell(required=True))
    official_url = fields.Field("official_url", "official_url", widget=TextCell())

    class Meta:
        model = LegalDocumentPage
        fields = tuple(name for name, _heading in COLUMNS)
        import_id_fields = ("issuer", "number")
        skip_diff = True
        skip_unchanged = False

    def __init__(self, index_page, archive=None, user=None):
        super().__init__()
        self.index_page = index_page
        self.archive = archive
        self.user = user
        archive_names = {}
        if archive is not None:
            for name in archive.namelist():
                if not name.endswith("/"):
                    archive_names.setdefault(os.path.basename(name).lower(), name)
        self.archive_names = archive_names
        self.fields["files"] = fields.Field(
            "import_files", "files", widget=FilesWidget(archive_names)
        )

    # Finding a row's document: its issuing body and number, in this library.
    def get_instance(self, instance_loader, row):
        try:
            issuer = self.fields["issuer"].clean(row)
            number = self.fields["number"].clean(row)
        except ValueError:
            return None  # reported when the row's fields are read
        return (
            LegalDocumentPage.objects.child_of(self.index_page)
            .filter(issuer=issuer, number_key=number_key(number))
            .first()
        )

    def init_instance(self, row=None):
        document = LegalDocumentPage()
        document.intended_library = self.index_page  # its slug is chosen before it is saved
        return document

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        missing = [
            name
            for name in getattr(instance, "import_files", [])
            if name.lower() not in self.archive_names and not self._attached(instance, name)
        ]
        if missing:
            errors["import_files"] = [
                _("“%(name)s” is not in the ZIP archive.") % {"name": name} for name in missing
            ]
        if not any(name in errors for name in ("issuer", "number", "document_type")):
            try:
                instance.fill_derived_fields()
                others = [f.name for f in instance._meta.fields if f.name not in OWN_FIELDS]
                instance.clean_fields(exclude=[*others, *errors])
                LegalDocumentPage.clean(instance)
            except ValidationError as error:
                errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def _attached(self, instance, name):
        if instance.pk is None:
            return False
        return any(
            _file_name(item.document).lower() == name.lower() for item in instance.files.all()
        )

    def save_instance(self, instance, is_create, row, **kwargs):
        # Validated above: the revision is saved without a second full clean. An existing
        # page changes when the revision is published. A dry run (the preview) saves nothing:
        # publishing would purge caches and files would land in the storage.
        if kwargs.get("dry_run"):
            return
        if is_create:
            instance.owner = self.user
            self.index_page.add_child(instance=instance)
        self._attach_files(instance)
        revision = instance.save_revision(user=self.user, log_action=True, clean=False)
        revision.publish(user=self.user)

    def _attach_files(self, instance):
        Document = get_document_model()
        existing = {_file_name(item.document).lower() for item in instance.files.all()}
        order = len(existing)
        for name in getattr(instance, "import_files", []):
            if name.lower() in existing:
                continue
            data = self.archive.read(self.archive_names[name.lower()])
            document = Document(title=name, uploaded_by_user=self.user)
            document.file.save(name, ContentFile(data))
            # Wagtail's public readers compute and store what its upload form records.
            document.get_file_size()
            document.get_file_hash()
            LegalDocumentFile.objects.create(page=instance, document=document, sort_order=order)
            existing.add(name.lower())
            order += 1


class LegalDocumentImport(SheetImport):
    """Documents into one library (``job.options["library"]``), published by ``job.user``,
    with their files from the ZIP archive uploaded with the sheet (``job.attachment``)."""

    columns = [Column(name, heading, required=name in REQUIRED) for name, heading in COLUMNS]
    resource_class = LegalDocumentResource

    def get_max_rows(self):
        return app_settings.LEGAL_DOCUMENTS_IMPORT_MAX_ROWS

    def get_resource(self, job):
        index_page = LegalDocumentIndexPage.objects.filter(pk=job.options["library"]).first()
        if index_page is None or not (
            job.user and index_page.permissions_for_user(job.user).can_publish_subpage()
        ):
            raise SpreadsheetRefused(_("You may no longer publish in this library."))
        archive = None
        if job.attachment:
            try:
                archive = zipfile.ZipFile(job.attachment.open("rb"))
            except zipfile.BadZipFile as error:
                raise SpreadsheetRefused(_("The file archive is not a ZIP file.")) from error
        return LegalDocumentResource(index_page, archive=archive, user=job.user)
