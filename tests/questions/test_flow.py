"""The whole way through HTTP: a reader asks without JavaScript, gets a code and looks it up;
an editor answers through the workflow; the lookup and the public page show the answer."""

import logging

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from wagtail_emulation.questions.models import Question, QuestionPage, QuestionStatus

from .conftest import ask_data, ask_url, lookup_url
from .helpers import answer_workflow, approve, code_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def leader(db):
    return get_user_model().objects.create_user("lanhdao", "lanhdao@example.vn", "x")


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("bientap", "bientap@example.vn", "x")


def test_ask_look_up_answer_and_publish(
    client, section, topics, editor, leader, django_capture_on_commit_callbacks, caplog
):
    caplog.set_level(logging.INFO, logger="wagtail_emulation.questions")
    workflow, leaders = answer_workflow(section)
    leader.groups.add(leaders)

    # The section's cached HTML links the uncached form and lookup, and holds no token.
    index = client.get(section.url)
    html = index.content.decode()
    assert f'href="{ask_url(section)}"' in html and f'href="{lookup_url(section)}"' in html
    assert "csrfmiddlewaretoken" not in html

    form = client.get(ask_url(section))
    assert form.status_code == 200 and "no-store" in form["Cache-Control"]
    assert 'enctype="multipart/form-data"' in form.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        asked = client.post(ask_url(section), ask_data(topics["Hộ tịch"]))
    assert asked.status_code == 200 and "no-store" in asked["Cache-Control"]
    code = code_in(asked)
    assert "Đã tiếp nhận" in asked.content.decode()
    question = Question.objects.get()
    assert question.deadline is not None and question.deadline > question.received_at.date()
    assert f"{question.deadline:%d/%m/%Y}" in asked.content.decode()
    # The code reaches the asker's mailbox too; the code is never put in an address.
    assert len(mail.outbox) == 1 and code in mail.outbox[0].body
    assert code not in asked.get("Location", "")

    looked = client.post(lookup_url(section), {"code": code.lower().replace("-", " ")})
    page = looked.content.decode()
    assert looked.status_code == 200 and "Đã tiếp nhận" in page
    assert "Hạn trả lời" in page and f"{question.deadline:%d/%m/%Y}" in page

    # The editor opens the question in the queue and starts the answer.
    client.force_login(editor)
    queue = client.get(reverse("wagtail_emulation_questions:index"))
    assert question.title in queue.content.decode()
    edit = client.get(reverse("wagtail_emulation_questions:edit", args=[question.pk]))
    assert "Soạn câu trả lời" in edit.content.decode()
    start = reverse("wagtail_emulation_questions:answer", args=[question.pk])
    made = client.post(start)
    question.refresh_from_db()
    assert question.status == QuestionStatus.IN_PROGRESS
    answer_page = QuestionPage.objects.get(pk=question.answer_page_id)
    assert made["Location"] == reverse("wagtailadmin_pages:edit", args=[answer_page.pk])
    edit = client.get(reverse("wagtail_emulation_questions:edit", args=[question.pk]))
    assert "Mở trang trả lời" in edit.content.decode()
    assert not answer_page.live and "Nguyễn Thị Hoa" not in answer_page.question_text
    client.logout()

    in_progress = client.post(lookup_url(section), {"code": code})
    assert "Đang xử lý" in in_progress.content.decode()

    answer_page.answer = "<p>Người mẹ đăng ký khai sinh cho con tại UBND cấp xã nơi cư trú.</p>"
    answer_page.answered_by = "Luật sư Trần Văn Bình"
    answer_page.save_revision(user=editor)
    with django_capture_on_commit_callbacks(execute=True):
        published = approve(answer_page, editor, leader)
    assert published.live

    question.refresh_from_db()
    assert question.status == QuestionStatus.ANSWERED and question.answered_at is not None
    assert question.working_days_taken == 0
    # Wagtail's own workflow e-mails go to the editors; the asker gets exactly two.
    to_asker = [message for message in mail.outbox if message.to == ["hoa@example.vn"]]
    assert len(to_asker) == 2 and "đã được trả lời" in to_asker[1].subject
    assert "Nguyễn Thị Hoa" not in to_asker[1].body
    # The notifications' log lines name the question by its number, never its asker.
    sent = [r.getMessage() for r in caplog.records if r.name.startswith("wagtail_emulation")]
    assert f"Question {question.pk}: answered e-mail sent to the asker" in sent
    for private in ("Nguyễn Thị Hoa", "hoa@example.vn", "0912 345 678", code):
        assert private not in caplog.text

    answered = client.post(lookup_url(section), {"code": code}).content.decode()
    assert "Đã trả lời" in answered
    assert "tại UBND cấp xã nơi cư trú" in answered and "Luật sư Trần Văn Bình" in answered

    public = client.get(published.url)
    assert public.status_code == 200
    text = public.content.decode()
    assert "tại UBND cấp xã nơi cư trú" in text and "Luật sư Trần Văn Bình" in text
    assert '"@type": "QAPage"' in text
    for private in ("Nguyễn Thị Hoa", "hoa@example.vn", "0912 345 678", "Tân Thanh", code):
        assert private not in text
    listing = client.get(section.url).content.decode()
    assert published.title in listing


def test_a_personal_question_is_answered_by_code_but_never_listed(
    client, section, topics, editor, leader, django_capture_on_commit_callbacks
):
    _workflow, leaders = answer_workflow(section)
    leader.groups.add(leaders)
    code = code_in(client.post(ask_url(section), ask_data(topics["Đất đai"])))
    question = Question.objects.get()
    question.publish_answer = False
    question.save()

    client.force_login(editor)
    client.post(reverse("wagtail_emulation_questions:answer", args=[question.pk]))
    client.logout()
    question.refresh_from_db()
    page = question.answer_page.specific
    page.answer = "<p>Trường hợp riêng của bạn cần nộp hồ sơ tại Bộ phận một cửa.</p>"
    page.save_revision(user=editor)
    published = approve(page, editor, leader)

    assert published.live  # approved and published, but private
    assert client.get(published.url).status_code in (302, 403)
    assert published.title not in client.get(section.url).content.decode()
    rss = client.get(section.url + "feed/rss/").content.decode()
    assert published.title not in rss
    sitemap = client.get("/sitemap-pages.xml")
    assert sitemap.status_code == 200 and published.url not in sitemap.content.decode()
    found = client.get("/search/", {"q": "mot cua"}).content.decode()
    assert published.url not in found
    answered = client.post(lookup_url(section), {"code": code}).content.decode()
    assert "Bộ phận một cửa" in answered
    assert published.url not in answered
