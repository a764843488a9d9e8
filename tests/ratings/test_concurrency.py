"""Many readers voting on one page at the same moment: no vote is lost (PostgreSQL)."""

import threading

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from wagtail_emulation.ratings.models import Rating, RatingSummary

from .helpers import add_page, vote_url

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="real concurrent transactions need PostgreSQL",
    ),
]

VOTERS = 60


def vote_all_at_once(clients, page, scores):
    """Each client posts its score; a barrier releases all threads together."""
    barrier = threading.Barrier(len(clients))
    statuses = [None] * len(clients)

    def vote(index):
        try:
            barrier.wait(timeout=30)
            response = clients[index].post(
                vote_url(page),
                {"score": scores[index]},
                content_type="application/json",
                HTTP_ACCEPT="application/json",
            )
            statuses[index] = response.status_code
        finally:
            connection.close()  # each thread has its own connection

    threads = [threading.Thread(target=vote, args=(i,)) for i in range(len(clients))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return statuses


@pytest.mark.django_db(transaction=True)
def test_concurrent_voters_and_re_raters_are_all_counted():
    from example_site.portal.demo.site import ensure_home

    # An earlier transactional test may have flushed the tree Wagtail's migrations created.
    _home, site = ensure_home()
    page = add_page(site.root_page, "Lấy ý kiến dự thảo", "lay-y-kien-du-thao")
    clients = [
        Client(
            REMOTE_ADDR="203.0.113.10",
            HTTP_USER_AGENT=f"Office browser {n}",
            HTTP_SEC_FETCH_SITE="same-origin",
        )
        for n in range(VOTERS)
    ]
    first = [n % 5 + 1 for n in range(VOTERS)]
    second = [(n + 2) % 5 + 1 for n in range(VOTERS)]

    assert vote_all_at_once(clients, page, first) == [200] * VOTERS
    summary = RatingSummary.objects.get(page=page)
    assert (summary.count, summary.total) == (VOTERS, sum(first))

    # Everyone changes their mind at once: the count stays, the total follows.
    assert vote_all_at_once(clients, page, second) == [200] * VOTERS
    summary.refresh_from_db()
    assert (summary.count, summary.total) == (VOTERS, sum(second))
    assert [votes for _score, votes in summary.histogram()] == [VOTERS // 5] * 5
    assert Rating.objects.filter(page=page).count() == VOTERS
