"""ISO weeks (Monday to Sunday) as the schedule's navigation writes them: "2026-W50" in a
query string, "2026-50" in a route. Nothing a reader types reaches ``date`` unchecked."""

import datetime
import re
from dataclasses import dataclass

from ..inputs import bounded_int
from .conf import app_settings

_QUERY_WEEK = re.compile(r"([0-9]{4})-?W([0-9]{1,2})", re.IGNORECASE)
_ROUTE_WEEK = re.compile(r"([0-9]{4})-([0-9]{1,2})")


@dataclass(frozen=True)
class Week:
    year: int
    number: int

    @classmethod
    def containing(cls, day):
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    @property
    def monday(self):
        return datetime.date.fromisocalendar(self.year, self.number, 1)

    @property
    def sunday(self):
        return self.monday + datetime.timedelta(days=6)

    @property
    def days(self):
        return [self.monday + datetime.timedelta(days=n) for n in range(7)]

    def shifted(self, weeks):
        """The week ``weeks`` weeks later (earlier when negative), or ``None`` out of range."""
        week = Week.containing(self.monday + datetime.timedelta(weeks=weeks))
        return week if in_range(week.year) else None

    @property
    def route_value(self):
        return f"{self.year}-{self.number:02d}"

    @property
    def query_value(self):
        return f"{self.year}-W{self.number:02d}"


def in_range(year):
    return app_settings.WORK_SCHEDULE_FIRST_YEAR <= year <= app_settings.WORK_SCHEDULE_LAST_YEAR


def weeks_in(year):
    """52 or 53: 28 December always falls in the year's last ISO week."""
    return datetime.date(year, 12, 28).isocalendar().week


def _week(year_text, number_text):
    year = bounded_int(
        year_text,
        app_settings.WORK_SCHEDULE_LAST_YEAR,
        minimum=app_settings.WORK_SCHEDULE_FIRST_YEAR,
    )
    if year is None:
        return None
    number = bounded_int(number_text, weeks_in(year), minimum=1)
    return None if number is None else Week(year, number)


def parse_query_week(value):
    """``Week`` for "2026-W50" (or "2026W50"), ``None`` for anything else."""
    match = _QUERY_WEEK.fullmatch(value.strip()) if isinstance(value, str) else None
    return _week(*match.groups()) if match else None


def parse_route_week(value):
    """``Week`` for "2026-50", ``None`` for anything else."""
    match = _ROUTE_WEEK.fullmatch(value) if isinstance(value, str) else None
    return _week(*match.groups()) if match else None
