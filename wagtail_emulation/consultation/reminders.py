"""Drafts whose window closes soon while opinions still wait for moderation: the admin
dashboard lists them, and a daily task e-mails the moderators about them.

"Soon" counts working days (the core's calendar): a window closing on Monday is as urgent on
the Friday before as on the Thursday of a normal week.
"""

from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from ..working_days import calendar_for
from .conf import app_settings
from .models import DraftOpinion, DraftPage


def closing_soon_with_waiting_opinions(today=None, drafts=None):
    """Live drafts open today whose last day falls within the reminder's working days, with
    how many opinions wait (``waiting``), soonest first, among ``drafts`` (default: all).
    Two queries."""
    today = today or timezone.localdate()
    calendar = calendar_for(today)
    horizon = calendar.window_end(today, app_settings.CONSULTATION_REMINDER_DAYS, count_start=True)
    pending = Q(opinions__status=DraftOpinion.Status.PENDING)
    return list(
        (DraftPage.objects.all() if drafts is None else drafts)
        .live()
        .annotate(window_last_day=Coalesce("extended_until", "closes_on"))
        .filter(opens_on__lte=today, window_last_day__gte=today, window_last_day__lte=horizon)
        .annotate(waiting=Count("opinions", filter=pending))
        .filter(waiting__gt=0)
        .order_by("window_last_day", "pk")
    )
