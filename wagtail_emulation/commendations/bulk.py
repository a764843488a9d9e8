"""Many decisions at once, for benchmarks and scale tests (``bulk_create`` in batches)."""

from datetime import date, timedelta

from ..organisation import Unit
from .models import Award, Decision, DecisionRecipient, DecisionStatus
from .models.decisions import number_key

BATCH = 2000


def add_decisions(count, recipients_each=5, start=0, units=None):
    """``count`` decisions in force numbered from ``start``, each with ``recipients_each``
    recipients spread over ``units`` (made if missing); dated across 2015–2024."""
    awards = list(Award.objects.filter(active=True))
    units = (
        units
        or list(Unit.objects.all())
        or [Unit.objects.create(name=f"Đơn vị {n} (minh họa)") for n in range(20)]
    )
    first_day = date(2015, 1, 1)
    for offset in range(start, start + count, BATCH):
        numbers = range(offset, min(offset + BATCH, start + count))
        decisions = []
        for n in numbers:
            number = f"{n + 1}/QĐ-BENCH"
            decisions.append(
                Decision(
                    number=number,
                    number_key=number_key(number),
                    date=first_day + timedelta(days=n % 3650),
                    issuing_body="Sở Tư pháp (minh họa)",
                    signer_name="Giám đốc Sở (minh họa)",
                    award=awards[n % len(awards)],
                    achievement_period=f"năm {2015 + (n % 3650) // 365}",
                    status=DecisionStatus.IN_FORCE,
                )
            )
        decisions = Decision.objects.bulk_create(decisions)
        DecisionRecipient.objects.bulk_create(
            DecisionRecipient(
                decision=decision,
                sort_order=k,
                name=f"Người được khen {decision.number} – {k + 1} (minh họa)",
                position="Chuyên viên",
                unit=units[(decision.pk + k) % len(units)],
            )
            for decision in decisions
            for k in range(recipients_each)
        )
