"""Importing registrations from a CSV or XLSX file, through the core's spreadsheet path.

The core reads the file, previews a dry run and imports every row or none, reporting each bad
row with its line; this module says what a row is: a unit and a title or form of one round.
"""

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from import_export import fields, widgets

from ..organisation import Unit
from ..spreadsheets.importing import LookupWidget, SheetImport, SheetResource
from ..spreadsheets.reading import Column
from .models import Award, Registration, RegistrationRound


class UnitWidget(LookupWidget):
    """A unit by its name or short name, ignoring case and extra spaces."""

    empty_message = gettext_lazy("Name the unit.")

    def __init__(self):
        super().__init__(Unit)

    def find(self, name):
        found = list(Unit.objects.filter(Q(name__iexact=name) | Q(short_name__iexact=name))[:2])
        if len(found) != 1:
            raise ValueError(
                _("No unit is named “%(name)s”.") % {"name": name}
                if not found
                else _("Several units are named “%(name)s”: use the full name.") % {"name": name}
            )
        return found[0]


class AwardWidget(LookupWidget):
    """A title or form of commendation by its name, ignoring case and extra spaces."""

    empty_message = gettext_lazy("Name the title or form.")

    def __init__(self):
        super().__init__(Award)

    def find(self, name):
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


class RegistrationResource(SheetResource):
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


class RegistrationImport(SheetImport):
    """Registrations of one round (``job.options["round"]``), one row per unit and title."""

    columns = [
        Column("unit", pgettext_lazy("import column", "Unit"), required=True),
        Column("award", pgettext_lazy("import column", "Title or form"), required=True),
        Column("count", pgettext_lazy("import column", "Number")),
        Column("targets", pgettext_lazy("import column", "Targets")),
    ]
    resource_class = RegistrationResource

    def get_resource(self, job):
        return RegistrationResource(RegistrationRound.objects.get(pk=job.options["round"]))
