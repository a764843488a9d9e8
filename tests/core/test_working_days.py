"""Working days: weekends, Vietnamese public holidays (Tết by the lunar calendar), the days
editors add, and the settings that choose the country."""

from datetime import date

from django.test import override_settings

from wagtail_emulation.models import CalendarException
from wagtail_emulation.working_days import WorkingCalendar, calendar_for, public_holiday

VIETNAM = WorkingCalendar()


def test_tet_2024_is_skipped_by_the_lunar_calendar():
    # Tết Giáp Thìn: 10/2/2024; days off Thu 8/2 to Wed 14/2.
    for day in range(8, 15):
        assert not VIETNAM.is_working_day(date(2024, 2, day))
    assert VIETNAM.is_working_day(date(2024, 2, 7))
    assert VIETNAM.is_working_day(date(2024, 2, 15))
    # Published Fri 2/2/2024: Mon 5, Tue 6, Wed 7, then Tết, then Thu 15, Fri 16, Mon 19 …
    # Fri 23.
    assert VIETNAM.window_end(date(2024, 2, 2), 10) == date(2024, 2, 23)


def test_tet_2025_window_crosses_the_new_year_of_the_snake():
    # Tết Ất Tỵ: 29/1/2025; days off Mon 27/1 to Sat 1/2. Published Mon 20/1: Tue 21 … Fri
    # 24, then Mon 3/2 … Mon 10/2.
    for day in range(27, 32):
        assert not VIETNAM.is_working_day(date(2025, 1, day))
    assert VIETNAM.window_end(date(2025, 1, 20), 10) == date(2025, 2, 10)


def test_reunification_and_labour_day_2025_with_the_swapped_saturday():
    # 30/4 (Wed), 1/5 (Thu) and Fri 2/5 off; Saturday 26/4/2025 worked instead of 2/5.
    assert VIETNAM.is_working_day(date(2025, 4, 26))
    assert not VIETNAM.is_working_day(date(2025, 5, 2))
    # Published Thu 24/4: Fri 25, Sat 26, Mon 28, Tue 29, then Mon 5/5 … Fri 9/5.
    assert VIETNAM.window_end(date(2025, 4, 24), 9) == date(2025, 5, 9)
    assert VIETNAM.working_days_between(date(2025, 4, 25), date(2025, 5, 9)) == 9


def test_new_year_2024_is_skipped():
    # The demo's 2023 notice: published Tue 26/12/2023, ten working days end Wed 10/1/2024.
    assert VIETNAM.window_end(date(2023, 12, 26), 10) == date(2024, 1, 10)


def test_editors_days_off_and_working_days_count(db):
    CalendarException.objects.create(day=date(2024, 1, 8), kind=CalendarException.Kind.DAY_OFF)
    CalendarException.objects.create(day=date(2024, 1, 6), kind=CalendarException.Kind.WORKING_DAY)
    calendar = calendar_for(date(2023, 12, 26))
    assert calendar.is_working_day(date(2024, 1, 6))
    assert not calendar.is_working_day(date(2024, 1, 8))
    # 27, 28, 29/12, Sat 6/1 worked, Mon 8/1 off: 2, 3, 4, 5, 6, 9, 10 → ten days end 10/1.
    assert calendar.window_end(date(2023, 12, 26), 10) == date(2024, 1, 10)
    assert calendar.window_end(date(2023, 12, 26), 9) == date(2024, 1, 9)


def test_the_holiday_country_is_a_setting_and_the_old_name_is_still_read():
    independence_day = date(2025, 9, 2)
    assert public_holiday(independence_day)
    with override_settings(WAGTAIL_EMULATION_HOLIDAY_COUNTRY="FR"):
        assert public_holiday(independence_day) is None
        assert public_holiday(date(2025, 7, 14))
    # Version 1's name, set by a site that has not renamed it yet.
    with override_settings(WAGTAIL_EMULATION_COMMENDATIONS_HOLIDAY_COUNTRY="FR"):
        assert public_holiday(date(2025, 7, 14))
