"""The list, a question page and the lookup cost the same queries with 100 answered questions
and 100,000 questions as with a few."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail_emulation.organisation import Unit
from wagtail_emulation.questions.models import Question, QuestionPage

from .bulk import bulk_answer_pages, bulk_questions
from .conftest import lookup_url

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def queries(client, method, url, data=None, status=200):
    getattr(client, method)(url, data)  # first-use work (settings, content types) outside
    with CaptureQueriesContext(connection) as context:
        response = getattr(client, method)(url, data)
    assert response.status_code == status, url
    return len(context.captured_queries)


def test_query_counts_are_flat_from_100_to_100000_questions(client, section, topics):
    topic_list = list(topics.values())
    unit = Unit.objects.create(name="Phòng Hành chính tư pháp")
    bulk_answer_pages(section, topic_list, 100)
    bulk_questions(section, topic_list, 100)

    def measure():
        page = QuestionPage.objects.child_of(section).order_by("path").first()
        question = Question.objects.order_by("pk").first()
        return [
            queries(client, "get", section.url),
            queries(client, "get", f"{section.url}?topic={topic_list[0].pk}&year=2021&page=3"),
            queries(client, "get", f"{section.url}?unit={unit.pk}"),
            queries(client, "get", page.url),
            queries(client, "get", section.url + "feed/rss/"),
            queries(client, "post", lookup_url(section), {"code": question.code}),
            queries(client, "post", lookup_url(section), {"code": "ABCD-EFGH"}, status=404),
        ]

    small = measure()
    bulk_answer_pages(section, topic_list, 4_900)
    bulk_questions(section, topic_list, 99_900)
    assert Question.objects.count() == 100_000
    large = measure()
    assert large == small
    assert max(large) <= 30
