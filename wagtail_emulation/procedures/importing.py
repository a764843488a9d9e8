"""Importing the catalogue from the national database's export (CSV/XLSX) through the core.

The core's spreadsheet path reads the sheet, previews a dry run and imports every row or none,
reporting each bad row with its line. This module says what a row is: one procedure of one
catalogue, found again by its code, so importing a newer export updates the procedures instead
of adding them twice. A field (lĩnh vực) not yet in the list is added to it: the national
database's field names are the reference.
"""

from django.core.exceptions import ValidationError
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from import_export import fields, widgets

from ..spreadsheets.cells import TextCell
from ..spreadsheets.importing import SheetImport, SheetResource
from ..spreadsheets.reading import Column, SpreadsheetRefused
from .codes import search_key as fold
from .conf import app_settings
from .models import ProcedureField, ProcedureIndexPage, ProcedureLevel, ProcedurePage, code_key

#: ``(field name, heading, aliases)`` of the sheet's columns, in order.
COLUMNS = [
    ("code", pgettext_lazy("procedure column", "Procedure code"), ("Mã TTHC", "Mã số")),
    ("title", pgettext_lazy("procedure column", "Procedure name"), ("Tên TTHC",)),
    ("level", pgettext_lazy("procedure column", "Level"), ("Cấp thực hiện",)),
    ("field", pgettext_lazy("procedure column", "Field"), ("Lĩnh vực",)),
    ("agency", pgettext_lazy("procedure column", "Implementing agency"), ("Cơ quan thực hiện",)),
    ("processing_time", pgettext_lazy("procedure column", "Processing time"), ()),
    ("working_days", pgettext_lazy("procedure column", "Working days"), ()),
    ("fees", pgettext_lazy("procedure column", "Fees and charges"), ("Phí", "Lệ phí")),
    ("documents_required", pgettext_lazy("procedure column", "Documents required"), ()),
    ("result", pgettext_lazy("procedure column", "Result"), ("Kết quả thực hiện",)),
    ("legal_basis", pgettext_lazy("procedure column", "Legal basis"), ()),
    ("national_url", pgettext_lazy("procedure column", "National portal address"), ()),
    ("provincial_url", pgettext_lazy("procedure column", "Provincial portal address"), ()),
]
REQUIRED = {"code", "title", "level", "field", "agency"}
OWN_FIELDS = {name for name, _heading, _aliases in COLUMNS}

#: How a level may be written in the sheet (compared without accents or case).
LEVEL_NAMES = {
    "province": ProcedureLevel.PROVINCE,
    "tinh": ProcedureLevel.PROVINCE,
    "cap tinh": ProcedureLevel.PROVINCE,
    "commune": ProcedureLevel.COMMUNE,
    "xa": ProcedureLevel.COMMUNE,
    "cap xa": ProcedureLevel.COMMUNE,
}


class LevelWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        text = fold(str(value or ""))
        if not text:
            raise ValueError(_("This column must not be empty."))
        if text not in LEVEL_NAMES:
            raise ValueError(
                _("“%(value)s” is not a level: write “Cấp tỉnh” or “Cấp xã”.") % {"value": value}
            )
        return LEVEL_NAMES[text]


class FieldWidget(widgets.Widget):
    """A field by its name (accents and case ignored); a new name joins the list."""

    def __init__(self):
        super().__init__()
        self._known = None

    def clean(self, value, row=None, **kwargs):
        name = " ".join(str(value or "").split())
        if not name:
            raise ValueError(_("This column must not be empty."))
        if len(name) > 255:
            raise ValueError(_("A field name has at most 255 characters."))
        if self._known is None:  # one query for the whole sheet
            self._known = {fold(entry.name): entry for entry in ProcedureField.objects.all()}
        entry = self._known.get(fold(name))
        if entry is None:
            entry = self._known[fold(name)] = ProcedureField.objects.create(name=name)
        return entry


class WorkingDaysWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        text = str(value if value is not None else "").strip()
        if not text:
            return None
        try:
            days = int(float(text.replace(",", ".")))
        except ValueError:
            raise ValueError(_("“%(value)s” is not a number of days.") % {"value": text}) from None
        if days < 0 or days > 3650:
            raise ValueError(_("The number of working days must be from 0 to 3650."))
        return days


class DocumentsWidget(TextCell):
    """One document per line (or separated by “;”) becomes a bulleted list."""

    def __init__(self):
        super().__init__(lines=True)

    def clean(self, value, row=None, **kwargs):
        text = super().clean(value, row, **kwargs)
        if text.lstrip().startswith("<"):
            return text  # already rich text
        items = [item.strip(" -•\t") for line in text.splitlines() for item in line.split(";")]
        items = [item for item in items if item]
        if not items:
            return ""
        return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


class ProcedureResource(SheetResource):
    code = fields.Field("code", "code", widget=TextCell(required=True))
    title = fields.Field("title", "title", widget=TextCell(required=True))
    level = fields.Field("level", "level", widget=LevelWidget())
    field = fields.Field("field", "field", widget=FieldWidget())
    agency = fields.Field("agency", "agency", widget=TextCell(required=True))
    processing_time = fields.Field("processing_time", "processing_time", widget=TextCell())
    working_days = fields.Field("working_days", "working_days", widget=WorkingDaysWidget())
    fees = fields.Field("fees", "fees", widget=TextCell())
    documents_required = fields.Field(
        "documents_required", "documents_required", widget=DocumentsWidget()
    )
    result = fields.Field("result", "result", widget=TextCell(lines=True))
    legal_basis = fields.Field("legal_basis", "legal_basis", widget=TextCell(lines=True))
    national_url = fields.Field("national_url", "national_url", widget=TextCell())
    provincial_url = fields.Field("provincial_url", "provincial_url", widget=TextCell())

    class Meta:
        model = ProcedurePage
        fields = tuple(name for name, _heading, _aliases in COLUMNS)
        import_id_fields = ("code",)
        skip_diff = True
        skip_unchanged = False

    def __init__(self, index_page, user=None):
        super().__init__()
        self.index_page = index_page
        self.user = user
        self.seen_codes = set()

    def get_instance(self, instance_loader, row):
        try:
            code = self.fields["code"].clean(row)
        except ValueError:
            return None  # reported when the row's fields are read
        return (
            ProcedurePage.objects.child_of(self.index_page).filter(code_key=code_key(code)).first()
        )

    def init_instance(self, row=None):
        return ProcedurePage()

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        if "code" not in errors:
            key = code_key(instance.code)
            if key in self.seen_codes:
                errors["code"] = [_("This code is on an earlier row of the sheet too.")]
            self.seen_codes.add(key)
        try:
            instance.fill_derived_fields()
            others = [f.name for f in instance._meta.fields if f.name not in OWN_FIELDS]
            instance.clean_fields(exclude=[*others, *errors])
            if "code" not in errors:
                ProcedurePage.clean(instance)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def save_instance(self, instance, is_create, row, **kwargs):
        # Validated above. A dry run (the preview) saves nothing; a real import publishes a
        # revision, so the editor's history shows the import.
        if kwargs.get("dry_run"):
            return
        instance.draft_title = instance.title
        if is_create:
            instance.owner = self.user
            self.index_page.add_child(instance=instance)
        revision = instance.save_revision(user=self.user, log_action=True, clean=False)
        revision.publish(user=self.user)


class ProcedureImport(SheetImport):
    """Procedures into one catalogue (``job.options["catalogue"]``), published by ``job.user``."""

    columns = [
        Column(name, heading, required=name in REQUIRED, aliases=aliases)
        for name, heading, aliases in COLUMNS
    ]
    resource_class = ProcedureResource

    def get_max_rows(self):
        return app_settings.PROCEDURES_IMPORT_MAX_ROWS

    def get_resource(self, job):
        index_page = ProcedureIndexPage.objects.filter(pk=job.options["catalogue"]).first()
        if index_page is None or not (
            job.user and index_page.permissions_for_user(job.user).can_publish_subpage()
        ):
            raise SpreadsheetRefused(_("You may no longer publish in this catalogue."))
        return ProcedureResource(index_page, user=job.user)
