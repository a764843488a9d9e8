"""Working days in Vietnam: weekends, public holidays (Tết by the lunar calendar) and what
editors add. One calendar for every deadline of the package (notices, questions, drafts).

The ``holidays`` package knows Vietnam's public holidays, their observed days and the
Saturdays swapped for a bridge day off; editors add what a year's government decision or the
province adds (:class:`~.models.CalendarException`: an extra day off, or a compensatory
working day on a weekend).
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import holidays
from django.conf import settings

from .conf import emulation_settings

# Every public holiday run in Vietnam is shorter than this, so a search for the next working
# day that finds none within it means the calendar is broken, not long holidays.
LONGEST_RUN_OF_DAYS_OFF = 60
DEFAULT_COUNTRY = "VN"


@lru_cache(maxsize=64)
def _public_holidays(country, subdivision, year):
    return holidays.country_holidays(country, subdiv=subdivision, years=year)


def public_holiday(day):
    """The holiday's name (in English, from ``holidays``) when ``day`` is one, else ``None``."""
    return _public_holidays(*holiday_region(), day.year).get(day)


def holiday_region():
    """(country, subdivision) whose public holidays count.

    ``WAGTAIL_EMULATION_HOLIDAY_*``; the names of version 1 (``…_COMMENDATIONS_HOLIDAY_*``)
    are still read when a site set them and not the new ones.
    """
    country = emulation_settings.HOLIDAY_COUNTRY
    subdivision = emulation_settings.HOLIDAY_SUBDIVISION
    if country == DEFAULT_COUNTRY and subdivision is None:
        country = getattr(settings, "WAGTAIL_EMULATION_COMMENDATIONS_HOLIDAY_COUNTRY", country)
        subdivision = getattr(
            settings, "WAGTAIL_EMULATION_COMMENDATIONS_HOLIDAY_SUBDIVISION", subdivision
        )
    return country, subdivision


@dataclass(frozen=True)
class WorkingCalendar:
    """Vietnam's working days, with editors' extra days off and compensatory working days."""

    extra_days_off: frozenset = field(default_factory=frozenset)
    extra_working_days: frozenset = field(default_factory=frozenset)

    def is_working_day(self, day):
        if day in self.extra_working_days:
            return True
        if day in self.extra_days_off:
            return False
        return _public_holidays(*holiday_region(), day.year).is_working_day(day)

    def next_working_day(self, day, include_day=False):
        """The first working day after ``day`` (or ``day`` itself with ``include_day``)."""
        candidate = day if include_day else day + timedelta(days=1)
        for _step in range(LONGEST_RUN_OF_DAYS_OFF):
            if self.is_working_day(candidate):
                return candidate
            candidate += timedelta(days=1)
        raise ValueError(f"No working day within {LONGEST_RUN_OF_DAYS_OFF} days of {day}")

    def window_end(self, start, working_days, count_start=False):
        """The last day of a window of ``working_days`` working days opened on ``start``.

        The window's first day is the first working day after ``start``, or ``start`` itself
        when ``count_start`` and it is a working day.
        """
        if working_days < 1:
            raise ValueError("A window has at least one working day")
        day = self.next_working_day(start, include_day=count_start)
        for _counted in range(working_days - 1):
            day = self.next_working_day(day)
        return day

    def working_days_between(self, first, last):
        """How many working days there are from ``first`` to ``last``, both included."""
        count, day = 0, first
        while day <= last:
            count += self.is_working_day(day)
            day += timedelta(days=1)
        return count


def calendar_for(start: date, end: date | None = None):
    """The calendar with the editors' exceptions around ``start`` (one query)."""
    from .models import CalendarException

    end = end or start + timedelta(days=LONGEST_RUN_OF_DAYS_OFF * 3)
    rows = CalendarException.objects.filter(day__range=(start, end)).values_list("day", "kind")
    days_off = frozenset(day for day, kind in rows if kind == CalendarException.Kind.DAY_OFF)
    working = frozenset(day for day, kind in rows if kind == CalendarException.Kind.WORKING_DAY)
    return WorkingCalendar(extra_days_off=days_off, extra_working_days=working)
