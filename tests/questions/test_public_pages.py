"""The public list and Q&A pages: the same bytes for every reader, feeds, structured data, and
answers found through the site search typed without accents."""

import json
import re

import pytest
from django.utils import timezone

from wagtail_emulation.questions.models import QuestionPage

from .conftest import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(section, topics):
    return publish(
        section,
        QuestionPage(
            title="Đăng ký khai sinh cho con khi cha mẹ ở xa",
            topic=topics["Hộ tịch"],
            asked_on=timezone.localdate(),
            question_text="Cha mẹ làm việc ở tỉnh khác thì khai sinh cho con ở đâu?",
            answer="<p>Tại Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ.</p>",
            answered_by="Phòng Hành chính tư pháp",
        ),
    )


def test_the_list_and_the_page_are_the_same_for_every_reader(client, section, answered):
    for url in (section.url, answered.url):
        first, second = client.get(url), client.get(url)
        assert first.status_code == 200 and first.content == second.content
        html = first.content.decode()
        assert "csrfmiddlewaretoken" not in html and "captcha" not in html
        assert "Set-Cookie" not in first.headers and "Cookie" not in first.get("Vary", "")


def test_the_page_is_a_qa_page_in_json_ld(client, answered):
    html = client.get(answered.url).content.decode()
    (document,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    page = json.loads(document)["@graph"][0]
    assert page["@type"] == "QAPage"
    question = page["mainEntity"]
    assert question["@type"] == "Question" and question["answerCount"] == 1
    assert question["text"] == answered.question_text
    assert question["acceptedAnswer"]["text"].startswith("Tại Ủy ban nhân dân cấp xã")
    assert question["acceptedAnswer"]["author"]["name"] == "Phòng Hành chính tư pháp"


def test_the_list_filters_by_subject_area_and_year(client, section, answered, topics):
    other = publish(
        section,
        QuestionPage(
            title="Hợp đồng lao động thử việc",
            topic=topics["Lao động"],
            asked_on=timezone.localdate().replace(year=2024),
            question_text="Thử việc bao lâu?",
            answer="<p>Tùy công việc.</p>",
        ),
    )
    by_topic = client.get(section.url, {"topic": topics["Lao động"].pk}).content.decode()
    assert other.title in by_topic and answered.title not in by_topic
    by_year = client.get(section.url, {"year": 2024}).content.decode()
    assert other.title in by_year and answered.title not in by_year


def test_feeds_carry_the_public_wording_only(client, section, answered):
    for feed in ("feed/rss/", "feed/atom/"):
        response = client.get(section.url + feed)
        text = response.content.decode()
        assert response.status_code == 200 and answered.title in text
        assert "Hộ tịch" in text


def test_answers_are_found_typed_without_accents(client, section, answered):
    listing = client.get(section.url).content.decode()
    assert 'action="/search/"' in listing
    assert 'name="type" value="wagtail_emulation_questions.questionpage"' in listing
    found = client.get(
        "/search/", {"q": "dang ky khai sinh", "type": "wagtail_emulation_questions.questionpage"}
    )
    assert found.status_code == 200
    assert answered.url in found.content.decode()
