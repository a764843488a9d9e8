"""The demo's "Hỏi đáp pháp luật": answered questions in several subject areas, a queue with
questions in progress and overdue, every page rendering."""

import pytest

from example_site.portal.demo.questions import ASKERS
from wagtail_emulation.questions.models import Question, QuestionPage, QuestionStatus

pytestmark = pytest.mark.django_db


def test_the_demo_has_published_answers_and_a_queue(demo, client):
    pages = QuestionPage.objects.live().public()
    assert pages.count() >= 20
    assert pages.values("topic").distinct().count() >= 5
    assert Question.objects.overdue().count() >= 2
    assert Question.objects.filter(status=QuestionStatus.IN_PROGRESS).count() >= 2
    assert Question.objects.filter(status=QuestionStatus.REJECTED).exists()
    assert Question.objects.filter(status=QuestionStatus.MERGED).exists()
    index = pages.first().get_parent()
    listing = client.get(index.url)
    assert listing.status_code == 200 and "Hỏi đáp pháp luật" in listing.content.decode()
    for page in pages[:3]:
        html = client.get(page.url).content.decode()
        assert page.title in html and '"@type": "QAPage"' in html
        for name in ASKERS:
            assert name not in html
        assert "nguoihoi" not in html
