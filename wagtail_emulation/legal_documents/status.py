"""The legal force (hiệu lực) of a document, computed from its dates and its relations.

* not yet in force: its effective date is still to come;
* expired entirely: its expiry date has come, or a live, public document whose relation kind
  ends it entirely (replaces, repeals…) has taken effect;
* partly expired: a live, public document whose relation kind ends it in part (amends,
  supplements, repeals in part…) has taken effect;

A document under a view restriction acts on nothing readers see: a public page computing its
status from a private one would tell them the private one exists.
* in force otherwise.

These follow the cases in which a legal document ceases to be in force, in whole or in part
(Law on Promulgation of Legal Documents 2025, Art. 57(1): its term ends; it is amended,
supplemented or replaced; it is repealed). What each relation kind does is data
(:class:`~.models.RelationKind.effect`), so editors decide it per kind.

The same rules exist twice: :func:`status_of` in Python for a page already loaded with its
relations, and :func:`status_filter` / :func:`status_annotation` as SQL for lists.
"""

from django.db import models
from django.db.models import Case, Exists, OuterRef, Q, Value, When
from django.utils.translation import gettext_lazy as _

from ..visibility import public_q


class LegalStatus(models.TextChoices):
    NOT_YET = "not-yet", _("Not yet in force")
    IN_FORCE = "in-force", _("In force")
    PARTLY_EXPIRED = "partly-expired", _("Partly expired")
    EXPIRED = "expired", _("Expired")

    @property
    def schema_legal_force(self):
        """schema.org ``LegalForceStatus`` of the status."""
        return {
            "not-yet": "https://schema.org/NotInForce",
            "in-force": "https://schema.org/InForce",
            "partly-expired": "https://schema.org/PartiallyInForce",
            "expired": "https://schema.org/NotInForce",
        }[self.value]


class RelationEffect(models.TextChoices):
    NONE = "none", _("None (it only refers to or guides the other document)")
    PARTIAL = "partial", _("Ends the other document in part")
    FULL = "full", _("Ends the other document entirely")


def status_of(document, incoming, today):
    """``incoming``: ``(effect, source effective date)`` of the live, public documents acting
    on it."""
    if document.effective_date and document.effective_date > today:
        return LegalStatus.NOT_YET
    acting = {effect for effect, start in incoming if start and start <= today}
    if (document.expiry_date and document.expiry_date <= today) or RelationEffect.FULL in acting:
        return LegalStatus.EXPIRED
    if RelationEffect.PARTIAL in acting:
        return LegalStatus.PARTLY_EXPIRED
    return LegalStatus.IN_FORCE


def _acting(relation_model, effect, today):
    return Exists(
        relation_model.objects.filter(
            public_q("page__"),
            target=OuterRef("pk"),
            kind__effect=effect,
            page__effective_date__lte=today,
        )
    )


def status_filter(relation_model, status, today):
    """A ``Q`` selecting the documents of ``status`` on ``today`` (dates first, for indexes)."""
    started = Q(effective_date__lte=today)
    ended_by_date = Q(expiry_date__lte=today)
    full = _acting(relation_model, RelationEffect.FULL, today)
    partial = _acting(relation_model, RelationEffect.PARTIAL, today)
    if status == LegalStatus.NOT_YET:
        return Q(effective_date__gt=today)
    if status == LegalStatus.EXPIRED:
        return started & (ended_by_date | full)
    if status == LegalStatus.PARTLY_EXPIRED:
        return started & ~ended_by_date & ~full & partial
    return started & ~ended_by_date & ~full & ~partial


def status_annotation(relation_model, today):
    """The status of each row as a SQL expression (for the rows of one listed page)."""
    return Case(
        When(effective_date__gt=today, then=Value(LegalStatus.NOT_YET.value)),
        When(
            Q(expiry_date__lte=today) | _acting(relation_model, RelationEffect.FULL, today),
            then=Value(LegalStatus.EXPIRED.value),
        ),
        When(
            _acting(relation_model, RelationEffect.PARTIAL, today),
            then=Value(LegalStatus.PARTLY_EXPIRED.value),
        ),
        default=Value(LegalStatus.IN_FORCE.value),
        output_field=models.CharField(),
    )
