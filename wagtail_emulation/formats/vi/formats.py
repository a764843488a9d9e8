"""Vietnamese formats that complete Django's own ``vi`` module.

Django's module leaves NUMBER_GROUPING, FIRST_DAY_OF_WEEK and the input formats unset, so
numbers print as "2194296" and "05/06/2020" is read month-first. Only the values set here
override Django's; everything else falls through to ``django.conf.locale.vi.formats``.
"""

NUMBER_GROUPING = 3
THOUSAND_SEPARATOR = "."
DECIMAL_SEPARATOR = ","
FIRST_DAY_OF_WEEK = 1  # Monday

SHORT_DATE_FORMAT = "j/n/Y"
SHORT_DATETIME_FORMAT = "j/n/Y H:i"

# Day first, always: 05/06/2020 is 5 June 2020.
DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # '14/05/2020', '14/5/2020'
    "%d/%m/%y",  # '14/05/20'
    "%d-%m-%Y",  # '14-05-2020'
    "%d.%m.%Y",  # '14.05.2020'
    "%Y-%m-%d",  # '2020-05-14' (ISO, what browsers' date inputs send)
]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%d-%m-%Y %H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
]
TIME_INPUT_FORMATS = ["%H:%M:%S", "%H:%M", "%Hh%M"]

# Read by wagtail_emulation.admin_dates: the Wagtail admin's date pickers in Vietnamese.
# Each must be one of the input formats above, so what the picker writes is read back.
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
