"""200 readers send an opinion at once: every one is kept once (PostgreSQL).

They come through 25 connections at a time (8 opinions each, started together), as 25 app
workers would serve them: the shared test server's PostgreSQL allows fewer than 200 clients."""

import threading

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client, override_settings
from django.urls import reverse

from wagtail_emulation.consultation.counting import count_opinions
from wagtail_emulation.consultation.models import DraftOpinion

from .builders import article_key

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="real concurrent transactions need PostgreSQL",
    ),
    pytest.mark.django_db(transaction=True),
]
READERS = 200
WORKERS = 25


@override_settings(
    WAGTAIL_EMULATION_CONSULTATION_RATE_LIMIT_PER_IP=None,
    WAGTAIL_EMULATION_CONSULTATION_RATE_LIMIT_PER_CONTACT=None,
)
def test_200_concurrent_opinions_none_lost_none_doubled(draft, form_data):
    url = reverse("wagtail_emulation:consultation:page", args=[draft.pk])
    keys = [article_key(draft, number) for number in (1, 3, 7)]
    barrier = threading.Barrier(WORKERS)
    answers, errors = [], []

    def serve(worker):
        try:
            numbers = range(worker, READERS, WORKERS)
            sendings = [
                (
                    Client(REMOTE_ADDR=f"10.0.{number // 250}.{number % 250}"),
                    form_data(
                        name=f"Người góp ý {number}",
                        email=f"nguoi{number}@example.vn",
                        body=f"Ý kiến số {number}.",
                        article=keys[number % len(keys)],
                    ),
                )
                for number in numbers
            ]
            barrier.wait(timeout=60)
            for client, data in sendings:
                answers.append(client.post(url, data).status_code)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=serve, args=(worker,)) for worker in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors[:3]
    assert answers == [302] * READERS
    bodies = list(DraftOpinion.objects.values_list("body", flat=True))
    assert sorted(bodies) == sorted(f"Ý kiến số {number}." for number in range(READERS))
    counts = count_opinions(draft.pk)
    assert counts["total"] == READERS
    assert sorted(counts["articles"].values()) == [66, 67, 67]
