"""Figures on opinions: per draft, per article, per day, and the share accepted. A handful of
``GROUP BY`` queries whatever the number of opinions."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.db.models.functions import TruncDate
from django.utils.translation import gettext as _

from .counting import RECEIVED, count_opinions
from .models import DraftOpinion, DraftPage, Outcome

ACCEPTED = (Outcome.ACCEPTED, Outcome.PARTLY)


@dataclass
class DraftFigures:
    draft: DraftPage
    received: int
    waiting: int
    answered: int
    accepted: int

    @property
    def accepted_share(self):
        """Accepted (wholly or partly) among the answered opinions, in percent."""
        return round(100 * self.accepted / self.answered) if self.answered else None


def draft_figures(drafts=None):
    """Every draft with opinions (of ``drafts``, default all), newest window first."""
    received = Q(opinions__status__in=RECEIVED)
    drafts = (
        (DraftPage.objects.all() if drafts is None else drafts)
        .annotate(
            received=Count("opinions", filter=received),
            waiting=Count("opinions", filter=Q(opinions__status=DraftOpinion.Status.PENDING)),
            answered=Count("opinions", filter=received & ~Q(opinions__outcome="")),
            accepted=Count("opinions", filter=received & Q(opinions__outcome__in=ACCEPTED)),
        )
        .filter(received__gt=0)
        .order_by("-opens_on", "-pk")
    )
    return [
        DraftFigures(draft, draft.received, draft.waiting, draft.answered, draft.accepted)
        for draft in drafts
    ]


def per_article(draft):
    """``[(label, count)]`` in the draft's order, the whole draft first, articles with none
    included (an article nobody commented on is a figure too)."""
    counts = count_opinions(draft.pk)["articles"]
    rows = [(_("The whole draft"), counts.get("", 0))]
    rows += [(part.label, counts.get(part.key, 0)) for part in draft.articles]
    return rows


def per_day(draft):
    """``[(date, count)]`` of opinions received each day (local dates)."""
    return list(
        DraftOpinion.objects.filter(page=draft, status__in=RECEIVED)
        .annotate(day=TruncDate("created_at"))
        .values_list("day")
        .annotate(count=Count("pk"))
        .order_by("day")
    )
