"""200 readers asking at the same moment get 200 distinct codes (PostgreSQL).

The code space is shrunk for the test so that drawn codes do collide: every collision must
be caught by the unique index and drawn again, never saved twice nor lost."""

import threading
from itertools import cycle

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client, override_settings

from wagtail_emulation.questions import codes
from wagtail_emulation.questions.models import Question

from .conftest import ask_data, ask_url

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="real concurrent transactions need PostgreSQL",
    ),
    pytest.mark.django_db(transaction=True),
]

ASKERS = 200
THREADS = 20  # each its own connection: 200 would exceed a shared server's connections


def all_at_once(jobs):
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
        thread.join(timeout=120)
    assert not errors, errors


# The limits are another test's subject: here every asker must get through (with Redis up,
# the askers' shared telephone number would hit the per-contact limit).
@override_settings(
    WAGTAIL_EMULATION_QUESTIONS_ASK_RATE_LIMIT_PER_IP=(1000, 3600),
    WAGTAIL_EMULATION_QUESTIONS_ASK_RATE_LIMIT_PER_CONTACT=(1000, 3600),
)
def test_200_concurrent_askers_get_200_distinct_codes(section, topics, monkeypatch):
    # 2,000 possible codes: with 200 askers, draws collide, and must be drawn again.
    pool = [f"{n:04d}".translate(str.maketrans("01", "AB")) + "KMNP" for n in range(2000)]
    import random

    draws = cycle(random.Random(7).sample(pool * 3, len(pool) * 3))
    lock = threading.Lock()
    drawn = []

    def small_space_code():
        with lock:
            drawn.append(next(draws))
            return drawn[-1]

    monkeypatch.setattr(codes, "new_code", small_space_code)
    topic = topics["Hộ tịch"]

    def asker(n):
        def ask():
            client = Client(REMOTE_ADDR=f"10.0.{n // 250}.{n % 250}")
            for k in range(ASKERS // THREADS):
                response = client.post(
                    ask_url(section), ask_data(topic, email=f"nguoi{n}-{k}@example.vn")
                )
                assert response.status_code == 200, response.content[:500]

        return ask

    all_at_once([asker(n) for n in range(THREADS)])
    saved = list(Question.objects.values_list("code", flat=True))
    assert len(saved) == ASKERS == len(set(saved))
    assert len(drawn) > ASKERS  # codes did collide, and were drawn again
