"""Every opinion saved or moderated goes through here, so counts and published lists follow.

Rows are locked (``select_for_update``, in primary-key order so two moderators never
deadlock) before their old status is read; every change makes the drafts' kept counts and
renders stale once the transaction commits.
"""

from django.db import transaction
from django.utils import timezone

from .counting import forget_counts
from .models import DraftOpinion


def create_opinion(**fields):
    with transaction.atomic():
        opinion = DraftOpinion.objects.create(**fields)
        forget_counts([opinion.page_id])
    return opinion


def _locked(opinion_ids):
    return list(
        DraftOpinion.objects.select_for_update()
        .filter(pk__in=list(opinion_ids))
        .order_by("pk")
        .only("pk", "page_id", "status")
    )


def change_status(opinion_ids, status, *, moderator=None):
    """Set ``status`` on the opinions; returns how many actually changed."""
    with transaction.atomic():
        changed = [opinion for opinion in _locked(opinion_ids) if opinion.status != status]
        if not changed:
            return 0
        DraftOpinion.objects.filter(pk__in=[opinion.pk for opinion in changed]).update(
            status=status,
            moderated_at=timezone.now(),
            moderated_by=moderator if moderator and moderator.is_authenticated else None,
        )
        forget_counts(opinion.page_id for opinion in changed)
    return len(changed)


def delete_opinions(opinion_ids):
    with transaction.atomic():
        opinions = _locked(opinion_ids)
        DraftOpinion.objects.filter(pk__in=[opinion.pk for opinion in opinions]).delete()
        forget_counts(opinion.page_id for opinion in opinions)
    return len(opinions)


def opinion_edited(opinion):
    """A moderator changed the reply, gist or article: the public page may show it."""
    forget_counts([opinion.page_id])
