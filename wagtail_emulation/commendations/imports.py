"""Importing registrations from a CSV or XLSX file with django-import-export.

Every row is checked first (a dry run in a transaction that is rolled back); only a file
without a single error is then imported, in one transaction: nothing is ever half-imported.
Errors name the row as the spreadsheet numbers it (the header is row 1) and are in the
editor's language.
"""

from dataclasses import dataclass

import tablib
from django.core.exceptions import NON_FIELD_ERRORS
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from import_export import fields, resources, widgets

from ..organisation import Unit
from .models import Award, Registration

#: The columns of an import file, as editors type them (the first row of the sheet).
COLUMNS = {
    "unit": pgettext_lazy("import column", "Unit"),
    "award": pgettext_lazy("import column", "Title or form"),
    "count": pgettext_lazy("import column", "Number"),
    "targets": pgettext_lazy("import column", "Targets"),
}


class UnitWidget(widgets.ForeignKeyWidget):
    """A unit by its name or short name, ignoring case and extra spaces."""

    def __init__(self):
        super().__init__(Unit)

    def clean(self, value, row=None, **kwargs):
        name = " ".join(str(value or "").split())
        if not name:
            raise ValueError(_("Name the unit."))
        found = list(Unit.objects.filter(Q(name__iexact=name) | Q(short_name__iexact=name))[:2])
        if len(found) != 1:
            raise ValueError(
                _("No unit is named “%(name)s”.") % {"name": name}
                if not found
                else _("Several units are named “%(name)s”: use the full name.") % {"name": name}
            )
        return found[0]


class AwardWidget(widgets.ForeignKeyWidget):
    """A title or form of commendation by its name, ignoring case and extra spaces."""

    def __init__(self):
        super().__init__(Award)

    def clean(self, value, row=None, **kwargs):
        name = " ".join(str(value or "").split())
        if not name:
            raise ValueError(_("Name the title or form."))
        award = Award.objects.filter(name__iexact=name).first()
        if award is None:
            raise ValueError(
                _("“%(name)s” is not in the catalogue of titles and forms.") % {"name": name}
            )
        return award


class CountWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        text = str(value if value is not None else "").strip()
        if text == "":
            return 1
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            number = None
        if number is None or number != int(number) or number < 1:
            raise ValueError(
                _("“%(value)s” is not a whole number of at least 1.") % {"value": text}
            )
        return int(number)


class TextWidget(widgets.CharWidget):
    def clean(self, value, row=None, **kwargs):
        return "" if value is None else str(value).strip()


class RegistrationResource(resources.ModelResource):
    unit = fields.Field(attribute="unit", column_name="unit", widget=UnitWidget())
    award = fields.Field(attribute="award", column_name="award", widget=AwardWidget())
    count = fields.Field(attribute="count", column_name="count", widget=CountWidget())
    targets = fields.Field(attribute="targets", column_name="targets", widget=TextWidget())

    class Meta:
        model = Registration
        fields = ("unit", "award", "count", "targets")
        import_id_fields = ("unit", "award")
        skip_diff = True
        use_transactions = True
        # The model's own rules too (the round's deadline, one row per unit and title).
        clean_model_instances = True

    def __init__(self, emulation_round):
        super().__init__()
        self.emulation_round = emulation_round

    def get_instance(self, instance_loader, row):
        try:
            unit = self.fields["unit"].clean(row)
            award = self.fields["award"].clean(row)
        except ValueError:
            return None  # reported by import_instance, with the other fields' errors
        return Registration.objects.filter(
            round=self.emulation_round, unit=unit, award=award
        ).first()

    def init_instance(self, row=None):
        return Registration(round=self.emulation_round)


@dataclass
class RowError:
    row: int
    messages: list


@dataclass
class ImportOutcome:
    created: int = 0
    updated: int = 0
    errors: list = None


def read_dataset(uploaded):
    """The uploaded file as a dataset whose headers are our field names.

    Raises ``ValueError`` (with a message for the editor) for an unreadable file or missing
    columns."""
    name = uploaded.name.lower()
    content = uploaded.read()
    try:
        if name.endswith(".xlsx"):
            dataset = tablib.Dataset().load(content, format="xlsx")
        elif name.endswith(".csv"):
            dataset = tablib.Dataset().load(content.decode("utf-8-sig"), format="csv")
        else:
            raise ValueError(_("Choose a .xlsx or .csv file."))
    except (UnicodeDecodeError, tablib.core.UnsupportedFormat, KeyError, ValueError) as error:
        if isinstance(error, ValueError) and str(error) == _("Choose a .xlsx or .csv file."):
            raise
        raise ValueError(_("The file could not be read as a spreadsheet.")) from error
    by_heading = {str(heading).casefold(): key for key, heading in COLUMNS.items()}
    by_heading.update({key: key for key in COLUMNS})
    headers = [
        by_heading.get(" ".join(str(h or "").split()).casefold(), h) for h in dataset.headers
    ]
    missing = [str(COLUMNS[key]) for key in ("unit", "award") if key not in headers]
    if missing:
        raise ValueError(
            _("The first row must name the columns; missing: %(columns)s.")
            % {"columns": ", ".join(f"“{column}”" for column in missing)}
        )
    dataset.headers = headers
    # Rows left empty at the end of a sheet are not registrations.
    for index in range(len(dataset) - 1, -1, -1):
        if all(cell in (None, "") for cell in dataset[index]):
            del dataset[index]
    return dataset


def import_registrations(emulation_round, dataset):
    """Check every row, then import all of them or none. Returns an :class:`ImportOutcome`."""
    resource = RegistrationResource(emulation_round)
    with transaction.atomic():
        checked = resource.import_data(dataset, dry_run=True, raise_errors=False)
        transaction.set_rollback(True)
    errors = _row_errors(checked)
    if errors:
        return ImportOutcome(errors=errors)
    with transaction.atomic():
        result = RegistrationResource(emulation_round).import_data(
            dataset, dry_run=False, raise_errors=True
        )
    totals = result.totals
    return ImportOutcome(created=totals.get("new", 0), updated=totals.get("update", 0), errors=[])


def _row_errors(result):
    """One :class:`RowError` per failing row, numbered as in the spreadsheet."""
    errors = []
    for invalid in result.invalid_rows:
        messages = []
        for field_name, field_messages in invalid.error_dict.items():
            label = COLUMNS.get(field_name) or (
                None if field_name == NON_FIELD_ERRORS else _field_label(field_name)
            )
            messages += [f"{label}: {message}" if label else message for message in field_messages]
        errors.append(RowError(invalid.number + 1, messages))
    for number, row_errors in result.row_errors():
        errors.append(RowError(number + 1, [str(error.error) for error in row_errors]))
    return sorted(errors, key=lambda error: error.row)


def _field_label(field_name):
    try:
        return str(Registration._meta.get_field(field_name).verbose_name).capitalize()
    except Exception:  # noqa: BLE001 - an unknown name is shown as it is
        return field_name
