"""A week of the schedule from a CSV/XLSX sheet, through the core's spreadsheet path.

A row is one item, found again by its date, start time and who chairs it: importing the
corrected sheet of a week updates its items (and marks the changed ones "Điều chỉnh")
instead of adding them twice."""

import datetime
import re

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from import_export import fields, widgets

from ..organisation import Unit
from ..sites import only_site_of
from ..spreadsheets.cells import DateCell, TextCell
from ..spreadsheets.importing import SheetImport, SheetResource
from ..spreadsheets.reading import Column
from .conf import app_settings
from .models import ScheduleItem

# "8:00", "08h00", "8h", "8 giờ 30", "14g30"
TIME_PATTERN = re.compile(r"([0-9]{1,2})\s*(?::|h|g|giờ)?\s*([0-9]{2})?(?:\s*(?:phút|p))?", re.I)
YES = {"có", "co", "x", "1", "yes", "true", "riêng", "rieng"}
NO = {"", "không", "khong", "0", "no", "false"}


def _text(value):
    return " ".join(str(value if value is not None else "").split())


class TimeWidget(widgets.Widget):
    """A time of day: 8:00, 08h00, 14g30, "8 giờ 30", or a time cell."""

    def __init__(self, required=False):
        super().__init__()
        self.required = required

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.time()
        if isinstance(value, datetime.time):
            return value
        text = _text(value)
        if not text:
            if self.required:
                raise ValueError(_("This column must not be empty."))
            return None
        match = TIME_PATTERN.fullmatch(text)
        hour = int(match.group(1)) if match else 99
        minute = int(match.group(2) or 0) if match else 99
        if hour > 23 or minute > 59:
            raise ValueError(
                _("“%(value)s” is not a time of day: write it as 8:00 or 14h30.") % {"value": text}
            )
        return datetime.time(hour, minute)


class UnitWidget(widgets.ForeignKeyWidget):
    """A unit of the organisation tree, by its name or its short name."""

    def __init__(self):
        super().__init__(Unit)

    def clean(self, value, row=None, **kwargs):
        name = _text(value)
        if not name:
            return None
        unit = (
            Unit.objects.current()
            .filter(Q(name__iexact=name) | Q(short_name__iexact=name))
            .order_by("sort_order", "pk")
            .first()
        )
        if unit is None:
            raise ValueError(_("“%(name)s” is not a unit of the organisation.") % {"name": name})
        return unit


class PrivateWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        text = _text(value).lower()
        if text in YES:
            return True
        if text in NO:
            return False
        raise ValueError(_("Write “có” for a private item, or leave it empty."))


class ScheduleItemResource(SheetResource):
    date = fields.Field("date", "date", widget=DateCell(required=True))
    start_time = fields.Field("start_time", "start_time", widget=TimeWidget(required=True))
    end_time = fields.Field("end_time", "end_time", widget=TimeWidget())
    content = fields.Field("content", "content", widget=TextCell(required=True))
    place = fields.Field("place", "place", widget=TextCell(max_length=300))
    chaired_by = fields.Field("chaired_by", "chaired_by", widget=TextCell(max_length=200))
    attendees = fields.Field("attendees", "attendees", widget=TextCell())
    preparing_unit = fields.Field("preparing_unit", "preparing_unit", widget=UnitWidget())
    is_private = fields.Field("is_private", "is_private", widget=PrivateWidget())

    def __init__(self, site=None, **kwargs):
        super().__init__(**kwargs)
        self.site = site

    def get_queryset(self):
        # A row finds again only an item of the importing editor's site (shared items for
        # an editor of the whole install): another site's item of the same date, time and
        # chair is never overwritten.
        return ScheduleItem.objects.filter(site=self.site)

    def before_save_instance(self, instance, row, **kwargs):
        super().before_save_instance(instance, row, **kwargs)
        instance.site = self.site

    class Meta:
        model = ScheduleItem
        fields = (
            "date",
            "start_time",
            "end_time",
            "content",
            "place",
            "chaired_by",
            "attendees",
            "preparing_unit",
            "is_private",
        )
        import_id_fields = ("date", "start_time", "chaired_by")
        skip_diff = True
        clean_model_instances = True


class ScheduleImport(SheetImport):
    columns = [
        Column("date", pgettext_lazy("import column", "Date"), required=True),
        Column(
            "start_time",
            pgettext_lazy("import column", "Time"),
            required=True,
            aliases=("Thời gian", "Giờ bắt đầu"),
        ),
        Column("end_time", pgettext_lazy("import column", "Until")),
        Column("content", pgettext_lazy("import column", "Content"), required=True),
        Column("place", pgettext_lazy("import column", "Place")),
        Column("chaired_by", pgettext_lazy("import column", "Chaired by"), aliases=("Lãnh đạo",)),
        Column(
            "attendees",
            pgettext_lazy("import column", "Attendees"),
            aliases=("Thành phần tham dự",),
        ),
        Column("preparing_unit", pgettext_lazy("import column", "Preparing unit")),
        Column("is_private", pgettext_lazy("import column", "Private")),
    ]
    resource_class = ScheduleItemResource

    def get_resource(self, job):
        return ScheduleItemResource(site=only_site_of(job.user))

    def get_max_rows(self):
        return app_settings.WORK_SCHEDULE_IMPORT_MAX_ROWS
