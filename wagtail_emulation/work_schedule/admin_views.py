"""The import of a week's schedule in the admin: upload, dry-run preview, confirmation."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..spreadsheets.views import SpreadsheetImportView
from .importing import ScheduleImport


class ScheduleImportView(SpreadsheetImportView):
    importer_class = ScheduleImport
    page_title = gettext_lazy("Import a schedule")
    intro = gettext_lazy(
        "One item per row; dates are written day/month/year and times as 8:00 or 14h30. An "
        "item already entered (same date, time and chair) is updated, and marked “Điều chỉnh” "
        "for readers when it changes after publication."
    )

    def has_permission(self, request):
        return request.user.has_perms(
            ["wagtail_emulation_work_schedule.add_scheduleitem"]
        ) and request.user.has_perm("wagtail_emulation_work_schedule.change_scheduleitem")

    def get_success_url(self):
        return self.request.path

    def success_message(self, job):
        return _("Imported: %(created)s new items, %(updated)s updated.") % {
            "created": job.outcome.get("created", 0),
            "updated": job.outcome.get("updated", 0),
        }
