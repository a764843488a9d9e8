"""Tracking codes are easy to read aloud and unguessable; the lookup reveals nothing."""

import re

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone

from wagtail_emulation.questions import codes
from wagtail_emulation.questions.models import Question, QuestionStatus

from .conftest import ask_data, ask_url, lookup_url
from .helpers import code_in

pytestmark = pytest.mark.django_db
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


def test_codes_leave_out_the_symbols_readers_confuse():
    drawn = {codes.new_code() for _ in range(2000)}
    assert len(drawn) == 2000
    used = set("".join(drawn))
    assert not used & set("0O1lIL")
    assert used <= set(codes.ALPHABET) and len(used) == len(codes.ALPHABET)
    assert all(len(code) == 8 for code in drawn)


def test_typed_codes_are_read_whatever_their_case_spaces_and_dashes():
    assert codes.normalize(" k7mq-3xpa ") == "K7MQ3XPA"
    assert codes.normalize("K7MQ 3XPA") == "K7MQ3XPA"
    assert codes.normalize("K7MQ-3XP") == ""  # too short
    assert codes.normalize("K7MQ-3XP0") == ""  # 0 is never used
    assert codes.display("K7MQ3XPA") == "K7MQ-3XPA"


def make_question(section, topic, **fields):
    return Question.receive(
        section=section,
        topic=topic,
        title=fields.pop("title", "Câu hỏi"),
        body="Nội dung",
        full_name="Lê Văn Cường",
        email="cuong@example.vn",
        deadline=timezone.localdate(),
        **fields,
    )


def test_the_database_keeps_a_keyed_hash_and_the_lookup_asks_for_it(section, topics):
    question = make_question(section, topics["Hộ tịch"])
    assert question.code_digest == codes.digest(question.code)
    assert question.code not in question.code_digest


def test_a_wrong_code_says_so_and_looks_like_any_other_wrong_code(client, section, topics):
    make_question(section, topics["Hộ tịch"])
    responses = [
        client.post(lookup_url(section), {"code": typed})
        for typed in ("ABCD-EFGH", "2345-6789", "nonsense", "0000-0000")
    ]
    assert {response.status_code for response in responses} == {404}
    typed = ("ABCD-EFGH", "2345-6789", "nonsense", "0000-0000")
    bodies = [
        TOKEN.sub("", response.content.decode().replace(code, ""))
        for response, code in zip(responses, typed, strict=True)
    ]
    assert len(set(bodies)) == 1
    assert "Không có câu hỏi nào có mã tra cứu này" in bodies[0]
    assert all("no-store" in response["Cache-Control"] for response in responses)


@override_settings(WAGTAIL_EMULATION_QUESTIONS_LOOKUP_RATE_LIMIT_PER_IP=(3, 600))
def test_lookups_are_rate_limited_right_or_wrong(client, section, topics):
    cache.clear()
    question = make_question(section, topics["Hộ tịch"])
    for _ in range(3):
        assert client.post(lookup_url(section), {"code": "ABCD-EFGH"}).status_code == 404
    limited = client.post(lookup_url(section), {"code": question.code})
    assert limited.status_code == 429 and int(limited["Retry-After"]) > 0
    assert "Đã tiếp nhận" not in limited.content.decode()


def test_a_merged_duplicate_follows_its_original(client, section, topics):
    original = make_question(section, topics["Hộ tịch"], title="Câu gốc")
    duplicate = make_question(
        section, topics["Hộ tịch"], status=QuestionStatus.MERGED, duplicate_of=original
    )
    original.status = QuestionStatus.REJECTED
    original.rejection_reason = "Câu hỏi thuộc thẩm quyền của Tòa án."
    original.save()
    html = client.post(lookup_url(section), {"code": duplicate.code}).content.decode()
    assert "Không tiếp nhận" in html and "thẩm quyền của Tòa án" in html


def test_a_honeypot_catch_gets_a_code_but_is_not_accepted_nor_mailed(
    client, section, topics, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ask_url(section), ask_data(topics["Hộ tịch"], homepage="x"))
    code_in(response)
    assert Question.objects.get().status == QuestionStatus.REJECTED
    assert mailoutbox == []


@override_settings(WAGTAIL_EMULATION_QUESTIONS_ASK_RATE_LIMIT_PER_IP=(2, 3600))
def test_asking_is_rate_limited_and_the_text_is_kept(client, section, topics):
    cache.clear()
    for _ in range(2):
        assert client.post(ask_url(section), ask_data(topics["Hộ tịch"])).status_code == 200
    limited = client.post(ask_url(section), ask_data(topics["Hộ tịch"], body="Câu hỏi thứ ba"))
    assert limited.status_code == 429 and "Câu hỏi thứ ba" in limited.content.decode()
    assert Question.objects.count() == 2


def test_the_form_needs_an_e_mail_or_a_phone_and_consent(client, section, topics):
    response = client.post(
        ask_url(section), ask_data(topics["Hộ tịch"], email="", phone="", consent="")
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Hãy cho biết địa chỉ thư điện tử hoặc số điện thoại" in html
    assert Question.objects.count() == 0


def test_a_form_sent_too_fast_is_refused(client, section, topics):
    import time

    from django.core import signing

    from wagtail_emulation.questions.forms import AskForm

    started = signing.dumps(time.time(), salt=AskForm.stamp_salt)
    response = client.post(ask_url(section), ask_data(topics["Hộ tịch"], started=started))
    assert response.status_code == 400 and Question.objects.count() == 0
