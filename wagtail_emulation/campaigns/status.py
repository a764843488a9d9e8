"""A campaign's status follows from its period and today's date: one rule for pages and lists."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class CampaignStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    ONGOING = "ongoing", _("Ongoing")
    ENDED = "ended", _("Ended")

    @classmethod
    def for_period(cls, start, end, today):
        """The status on ``today`` of a period from ``start`` to ``end`` (both days included)."""
        if start and today < start:
            return cls.UPCOMING
        if end and today > end:
            return cls.ENDED
        return cls.ONGOING

    def q(self, today, start="period_start", end="period_end"):
        """The same rule as :meth:`for_period`, as a filter on campaign pages."""
        if self is CampaignStatus.UPCOMING:
            return Q(**{f"{start}__gt": today})
        if self is CampaignStatus.ENDED:
            return Q(**{f"{end}__lt": today})
        return Q(**{f"{start}__lte": today}) & (
            Q(**{f"{end}__isnull": True}) | Q(**{f"{end}__gte": today})
        )
