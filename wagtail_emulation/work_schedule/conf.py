from appconf import AppConf

from ..conf import SettingsReader


class WorkScheduleConf(AppConf):
    # Minutes after an item is first entered during which editing it is a correction, not an
    # adjustment: later changes of what readers see are marked "Điều chỉnh" with their time.
    WORK_SCHEDULE_ADJUSTMENT_GRACE_MINUTES = 30
    # How long an event without an end time lasts in the iCalendar feeds, in minutes.
    WORK_SCHEDULE_DEFAULT_DURATION_MINUTES = 60
    # How many days back from today the iCalendar feeds reach.
    WORK_SCHEDULE_FEED_PAST_DAYS = 90
    # How many days ahead of today the iCalendar feeds reach.
    WORK_SCHEDULE_FEED_FUTURE_DAYS = 366
    # Most events one iCalendar feed carries (the earliest are dropped first).
    WORK_SCHEDULE_FEED_MAX_EVENTS = 2000
    # Earliest year the week navigation accepts; an earlier week answers 404.
    WORK_SCHEDULE_FIRST_YEAR = 2000
    # Latest year the week navigation accepts; a later week answers 404.
    WORK_SCHEDULE_LAST_YEAR = 2100
    # Most rows one import of a schedule (CSV/XLSX) may hold.
    WORK_SCHEDULE_IMPORT_MAX_ROWS = 2000

    class Meta:
        prefix = "wagtail_emulation"


app_settings = SettingsReader(WorkScheduleConf)
