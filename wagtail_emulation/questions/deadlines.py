"""Answer deadlines and answering times, in working days of the core's calendar."""

from datetime import timedelta

from django.utils import timezone

from ..working_days import calendar_for
from .conf import app_settings


def answer_deadline(received_on):
    """The last day to answer a question received on ``received_on``: the window opens the
    next working day and lasts ``QUESTIONS_ANSWER_WORKING_DAYS`` working days."""
    return calendar_for(received_on).window_end(
        received_on, app_settings.QUESTIONS_ANSWER_WORKING_DAYS
    )


def working_days_taken(received_at, answered_at):
    """Working days from the day after the question arrived to the day it was answered,
    both counted (0: answered the day it arrived)."""
    received_on = timezone.localdate(received_at)
    answered_on = timezone.localdate(answered_at)
    if answered_on <= received_on:
        return 0
    calendar = calendar_for(received_on, answered_on)
    return calendar.working_days_between(received_on + timedelta(days=1), answered_on)
