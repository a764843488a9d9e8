"""Casting a vote, exact under concurrent voters.

Every vote on a page locks that page's summary row (``SELECT … FOR UPDATE``) for the length of
one transaction, finds the reader's earlier vote, and moves the figures with ``F()`` updates.
Two readers voting at the same moment on one page therefore queue on the row instead of both
reading "count = 7" and both writing 8.
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .identity import browser_key_for, new_cookie
from .models import Rating, RatingSummary
from .summaries import forget_summary


@dataclass(frozen=True)
class VoteResult:
    summary: RatingSummary
    score: int
    created: bool  # False when the reader changed an earlier score
    new_cookie: str | None  # set it on the response: the reader had none
    new_browser_key: str | None = None  # what identifies the reader from the next vote on


def _reader_vote(page, rater):
    votes = Rating.objects.filter(page_id=page.pk)
    if rater.browser_key:
        return votes.filter(browser_key=rater.browser_key).first()
    return votes.filter(network_key=rater.network_key).first()


def _new_vote_keys(rater):
    """Keys of a first vote, and the cookie value to give the reader (None: it has one)."""
    if rater.browser_key:
        return {"browser_key": rater.browser_key, "network_key": None}, None
    cookie, token = new_cookie()
    # Without our cookie the network is who voted: the vote is found by it again.
    return {"browser_key": browser_key_for(token), "network_key": rater.network_key}, cookie


def cast_vote(page, rater, score):
    with transaction.atomic():
        summary, _ = RatingSummary.objects.select_for_update().get_or_create(page_id=page.pk)
        previous = _reader_vote(page, rater)
        new_cookie = new_browser_key = None
        if previous is None:
            keys, new_cookie = _new_vote_keys(rater)
            new_browser_key = keys["browser_key"] if new_cookie else None
            Rating.objects.create(page_id=page.pk, score=score, **keys)
            changes = {
                "count": F("count") + 1,
                "total": F("total") + score,
                RatingSummary.star_field(score): F(RatingSummary.star_field(score)) + 1,
            }
        else:
            Rating.objects.filter(pk=previous.pk).update(score=score, voted_at=timezone.now())
            changes = {}
            if previous.score != score:
                changes = {
                    "total": F("total") + (score - previous.score),
                    RatingSummary.star_field(previous.score): (
                        F(RatingSummary.star_field(previous.score)) - 1
                    ),
                    RatingSummary.star_field(score): F(RatingSummary.star_field(score)) + 1,
                }
        if changes:
            RatingSummary.objects.filter(pk=summary.pk).update(updated_at=timezone.now(), **changes)
            summary.refresh_from_db()
            forget_summary(page.pk)
            transaction.on_commit(lambda: forget_summary(page.pk))
    return VoteResult(
        summary=summary,
        score=score,
        created=previous is None,
        new_cookie=new_cookie,
        new_browser_key=new_browser_key,
    )


def own_score(page, rater):
    """The score this reader gave ``page``, or None."""
    vote = _reader_vote(page, rater)
    return vote.score if vote else None
