"""The figures editors report: received, answered, overdue and the average answering time,
per month, subject area or unit, each computed by the database in one grouped query.

*Overdue* counts the questions still open after their deadline and those answered after it;
the average is over answered questions, in working days from the day after a question
arrived to the day its answer was published (:func:`.deadlines.working_days_taken`).
Merged duplicates are not counted (their original is).
"""

from django.db.models import Avg, Count, F, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models.questions import OPEN_STATUSES, QuestionStatus

GROUPINGS = {
    "month": (_("Month"), TruncMonth("received_at")),
    "topic": (_("Subject area"), F("topic__name")),
    "unit": (_("Unit in charge"), F("unit__name")),
}


def overdue_condition(today=None):
    today = today or timezone.localdate()
    still_open = Q(status__in=OPEN_STATUSES, deadline__lt=today)
    late = Q(status=QuestionStatus.ANSWERED, answered_at__date__gt=F("deadline"))
    return still_open | late


def _figures(today):
    answered = Q(status=QuestionStatus.ANSWERED)
    return {
        "received": Count("pk"),
        "answered": Count("pk", filter=answered),
        "overdue": Count("pk", filter=overdue_condition(today)),
        "average_working_days": Avg("working_days_taken", filter=answered),
    }


def _rounded(row):
    average = row["average_working_days"]
    row["average_working_days"] = round(average, 1) if average is not None else None
    return row


def totals(questions, today=None):
    """One row of figures for all of ``questions``."""
    return _rounded(questions.counted().order_by().aggregate(**_figures(today)))


def grouped(questions, by="month", today=None):
    """A row of figures per group (``by``: a key of :data:`GROUPINGS`), with its ``label``."""
    _heading, key = GROUPINGS[by]
    rows = (
        questions.counted()
        .order_by()
        .annotate(label=key)
        .values("label")
        .annotate(**_figures(today))
        .order_by("label")
    )
    result = []
    for row in rows:
        label = row["label"]
        if by == "month" and label is not None:
            row["label"] = f"{label:%m/%Y}"
        elif label is None:
            row["label"] = str(_("(none)"))
        result.append(_rounded(row))
    return result
