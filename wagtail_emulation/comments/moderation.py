"""Every change of a comment's status goes through here, so the approved count stays exact.

Rows are locked (``select_for_update``, in primary-key order so two moderators never deadlock)
before their old status is read; the per-page counter then moves by the difference with an
``F()`` update in the same transaction. Two moderators approving the same comment at once count
it once; approving and rejecting concurrently leaves the count matching the final status.
"""

from collections import Counter

from django.apps import apps
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .models import CommentCount, ReaderComment
from .signals import comment_list_changed
from .tasks import notify_moderators

APPROVED = ReaderComment.Status.APPROVED


def adjust_counts(deltas):
    """Move each page's approved count by its delta (inside the caller's transaction)."""
    deltas = {page_id: delta for page_id, delta in deltas.items() if delta}
    if not deltas:
        return
    CommentCount.objects.bulk_create(
        [CommentCount(page_id=page_id) for page_id in sorted(deltas)], ignore_conflicts=True
    )
    for page_id in sorted(deltas):
        CommentCount.objects.filter(page_id=page_id).update(
            approved=F("approved") + deltas[page_id]
        )


def approved_count(page_id):
    return (
        CommentCount.objects.filter(page_id=page_id).values_list("approved", flat=True).first() or 0
    )


def announce_list_change(page_ids):
    """After commit: tell caches that these pages' public comment lists changed."""
    page_ids = sorted(set(page_ids))
    if page_ids:
        transaction.on_commit(lambda: _list_changed(page_ids))


def _list_changed(page_ids):
    comment_list_changed.send(sender=ReaderComment, page_ids=page_ids)
    if apps.is_installed("wagtail.contrib.frontend_cache"):
        from wagtail.contrib.frontend_cache.utils import PurgeBatch
        from wagtail.models import Page

        batch = PurgeBatch()
        batch.add_pages(Page.objects.filter(pk__in=page_ids).specific())
        batch.purge()


def _locked(comment_ids):
    return list(
        ReaderComment.objects.select_for_update()
        .filter(pk__in=list(comment_ids))
        .order_by("pk")
        .only("pk", "page_id", "status")
    )


def change_status(comment_ids, status, *, moderator=None):
    """Set ``status`` on the comments; returns how many actually changed."""
    with transaction.atomic():
        deltas = Counter()
        changed = []
        for comment in _locked(comment_ids):
            if comment.status == status:
                continue
            deltas[comment.page_id] += (status == APPROVED) - (comment.status == APPROVED)
            changed.append(comment)
        if not changed:
            return 0
        ReaderComment.objects.filter(pk__in=[comment.pk for comment in changed]).update(
            status=status,
            hold_reason="",
            moderated_at=timezone.now(),
            moderated_by=moderator if moderator and moderator.is_authenticated else None,
        )
        adjust_counts(deltas)
        announce_list_change(
            comment.page_id for comment in changed if APPROVED in (status, comment.status)
        )
    return len(changed)


def delete_comments(comment_ids):
    """Delete comments (and their replies), taking approved ones off their pages' counts."""
    with transaction.atomic():
        comments = _locked(comment_ids)
        deltas = Counter(c.page_id for c in comments if c.status == APPROVED)
        ReaderComment.objects.filter(pk__in=[c.pk for c in comments]).delete()
        adjust_counts({page_id: -count for page_id, count in deltas.items()})
        announce_list_change(deltas)
    return len(comments)


def create_comment(**fields):
    """Save a new comment; an approved one counts at once (same transaction)."""
    with transaction.atomic():
        comment = ReaderComment.objects.create(**fields)
        if comment.status == APPROVED:
            adjust_counts({comment.page_id: 1})
            announce_list_change([comment.page_id])
        elif comment.status == ReaderComment.Status.PENDING:
            transaction.on_commit(lambda: notify_moderators.enqueue(comment.pk))
    return comment


def reply_changed(comment):
    """An official reply was written, edited or removed: the page shows it if approved."""
    if comment.status == APPROVED:
        announce_list_change([comment.page_id])
