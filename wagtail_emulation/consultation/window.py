"""A draft's status from its dates: upcoming before the first day, open through the last day
(in the site's time zone), closed after it."""

from django.db import models
from django.utils.translation import gettext, pgettext_lazy


class DraftStatus(models.TextChoices):
    UPCOMING = "upcoming", pgettext_lazy("draft status", "Upcoming")
    OPEN = "open", pgettext_lazy("draft status", "Open for opinions")
    CLOSED = "closed", pgettext_lazy("draft status", "Closed")


def status_on(opens_on, last_day, today):
    if opens_on and today < opens_on:
        return DraftStatus.UPCOMING
    if last_day and today > last_day:
        return DraftStatus.CLOSED
    return DraftStatus.OPEN


def days_left(last_day, today):
    """Days the reader still has, the last day included (0 once it has passed)."""
    return max(0, (last_day - today).days + 1) if last_day else 0


def short_date(day):
    """ "7/12/2026", as Vietnamese write a date."""
    return f"{day.day}/{day.month}/{day.year}" if day else ""


def window_message(page):
    """Why the form is closed, or ``""`` while it is open."""
    status = page.status()
    if status == DraftStatus.UPCOMING:
        return gettext("Opinions on this draft are taken from %(date)s.") % {
            "date": short_date(page.opens_on)
        }
    if status == DraftStatus.CLOSED:
        return gettext("The window for opinions on this draft closed on %(date)s.") % {
            "date": short_date(page.last_day)
        }
    return ""
