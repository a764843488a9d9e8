"""Moderators and readers at the same moment: the approved count never drifts (PostgreSQL)."""

import random
import threading

import pytest
from django.conf import settings
from django.db import connection

from wagtail_emulation.comments.models import ReaderComment
from wagtail_emulation.comments.moderation import approved_count, change_status, delete_comments

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="real concurrent transactions need PostgreSQL",
    ),
    pytest.mark.django_db(transaction=True),
]
Status = ReaderComment.Status


def all_at_once(jobs):
    """Run each job in its own thread (own connection); a barrier starts them together."""
    barrier = threading.Barrier(len(jobs))
    errors = []

    def run(job):
        try:
            barrier.wait(timeout=30)
            job()
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors


def true_count(page):
    return ReaderComment.objects.filter(page_id=page.pk, status=Status.APPROVED).count()


def test_many_moderators_approving_the_same_comments_count_each_once(article, make_comment):
    comments = [make_comment(article, status=Status.PENDING) for _ in range(10)]
    ids = [c.pk for c in comments]
    all_at_once([lambda: change_status(ids, Status.APPROVED) for _ in range(12)])
    assert approved_count(article.pk) == true_count(article) == 10


def test_mixed_transitions_creations_and_deletions_stay_exact(article, make_comment):
    comments = [make_comment(article, status=Status.PENDING) for _ in range(40)]
    ids = [c.pk for c in comments]
    rng = random.Random(5)
    statuses = [Status.APPROVED, Status.APPROVED, Status.REJECTED, Status.SPAM, Status.PENDING]

    def moderate(seed):
        picker = random.Random(seed)
        return lambda: [
            change_status(picker.sample(ids, 5), picker.choice(statuses)) for _ in range(8)
        ]

    jobs = [moderate(rng.random()) for _ in range(10)]
    jobs += [lambda: [make_comment(article) for _ in range(5)] for _ in range(4)]
    jobs += [lambda: delete_comments(rng.sample(ids, 3)) for _ in range(2)]
    all_at_once(jobs)
    assert approved_count(article.pk) == true_count(article)
    assert true_count(article) >= 20  # the 20 created approved comments at least
