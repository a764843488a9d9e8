"""Contact details stay private: never in public HTML, feeds, sitemaps or search, nor in the
admin or its exports for editors without the permission. Attachments are checked by content."""

import io
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from wagtail_emulation.questions.models import Question, QuestionPage, QuestionStatus

from .conftest import ask_data, ask_url, publish
from .helpers import code_in

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
CONTACTS = ("Nguyễn Thị Hoa", "hoa@example.vn", "0912 345 678", "Tân Thanh")


def docx_bytes(with_document=True):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        if with_document:
            package.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.mark.parametrize(
    ("name", "content", "accepted"),
    [
        ("hop-dong.pdf", PDF, True),
        ("giay-to.docx", docx_bytes(), True),
        ("anh.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 32, True),
        ("script.pdf", b"<html><script>alert(1)</script></html>", False),
        ("khong-phai-word.docx", docx_bytes(with_document=False), False),
        ("chuong-trinh.exe", b"MZ\x90\x00", False),
    ],
)
def test_attachments_are_checked_by_what_they_contain(
    client, section, topics, name, content, accepted
):
    data = ask_data(topics["Hộ tịch"], attachment=upload(name, content))
    response = client.post(ask_url(section), data)
    assert (response.status_code == 200) is accepted
    if accepted:
        question = Question.objects.get()
        stored = question.attachment.name
        assert stored.startswith("questions/attachments/") and name not in stored
        assert len(stored.rsplit("/", 1)[-1].split(".")[0]) >= 32  # not guessable
    else:
        assert "PDF" in response.content.decode() and Question.objects.count() == 0


@override_settings(WAGTAIL_EMULATION_QUESTIONS_ATTACHMENT_MAX_BYTES=1000)
def test_attachments_are_size_capped(client, section, topics):
    data = ask_data(topics["Hộ tịch"], attachment=upload("lon.pdf", PDF + b"0" * 2000))
    response = client.post(ask_url(section), data)
    assert response.status_code == 400 and Question.objects.count() == 0


@pytest.fixture
def answered(client, section, topics):
    code_in(
        client.post(ask_url(section), ask_data(topics["Hộ tịch"], attachment=upload("a.pdf", PDF)))
    )
    question = Question.objects.get()
    page = publish(
        section,
        QuestionPage(
            title=question.title,
            topic=question.topic,
            asked_on=timezone.localdate(),
            question_text=question.body,
            answer="<p>Trả lời.</p>",
        ),
    )
    question.answer_page = page
    question.status = QuestionStatus.ANSWERED
    question.save()
    return question, page


def test_contact_details_are_never_public(client, section, answered):
    _question, page = answered
    addresses = [
        section.url,
        page.url,
        section.url + "feed/rss/",
        section.url + "feed/atom/",
        "/sitemap.xml",
    ]
    for address in addresses:
        response = client.get(address)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode()
        assert response.status_code == 200, address
        for private in CONTACTS:
            assert private not in text, (address, private)
    # The site search lists the answer without its asker, and finds nothing by the asker.
    found = client.get("/search/", {"q": "dang ky khai sinh"}).content.decode()
    assert page.url in found
    for private in CONTACTS:
        assert private not in found
        by_asker = client.get("/search/", {"q": private}).content.decode()
        assert page.url not in by_asker, private


def editor_with(*codenames):
    user = get_user_model().objects.create_user("bientap", "b@example.vn", "x")
    group = Group.objects.create(name="Biên tập hỏi đáp")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in codenames:
        group.permissions.add(Permission.objects.get(codename=codename))
    user.groups.add(group)
    return user


def test_editors_without_the_permission_see_no_contact_details(client, answered):
    question, _page = answered
    client.force_login(editor_with("view_question", "change_question"))
    edit = client.get(reverse("wagtail_emulation_questions:edit", args=[question.pk]))
    assert edit.status_code == 200
    html = edit.content.decode()
    assert question.title in html
    for private in CONTACTS:
        assert private not in html
    exported = client.get(reverse("wagtail_emulation_questions:index"), {"export": "csv"})
    text = b"".join(exported.streaming_content).decode("utf-8-sig")
    assert question.display_code in text
    for private in CONTACTS:
        assert private not in text
    attachment = reverse("wagtail_emulation_questions:attachment", args=[question.pk])
    refused = client.get(attachment)  # Wagtail's admin answers a refusal by a redirect
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")


def test_editors_with_the_permission_see_them_and_the_attachment(client, answered):
    question, _page = answered
    client.force_login(editor_with("view_question", "change_question", "view_contact"))
    html = client.get(
        reverse("wagtail_emulation_questions:edit", args=[question.pk])
    ).content.decode()
    assert "Nguyễn Thị Hoa" in html and "hoa@example.vn" in html
    exported = client.get(reverse("wagtail_emulation_questions:index"), {"export": "csv"})
    assert "hoa@example.vn" in b"".join(exported.streaming_content).decode("utf-8-sig")
    attachment = client.get(reverse("wagtail_emulation_questions:attachment", args=[question.pk]))
    assert attachment.status_code == 200 and b"".join(attachment.streaming_content) == PDF
    assert attachment["X-Content-Type-Options"] == "nosniff"


def test_purging_erases_contact_details_after_the_retention_time(answered):
    question, page = answered
    question.answered_at = timezone.now() - timezone.timedelta(days=400)
    question.save()
    call_command("purge_question_contacts", days=365, stdout=io.StringIO())
    question.refresh_from_db()
    assert (question.full_name, question.email, question.phone, question.address) == (
        "",
        "",
        "",
        "",
    )
    assert not question.attachment and question.contact_purged_at is not None
    assert question.title and question.answer_page_id == page.pk  # the question stays


def test_purging_keeps_recent_questions(answered):
    question, _page = answered
    question.answered_at = timezone.now()
    question.save()
    call_command("purge_question_contacts", stdout=io.StringIO())
    question.refresh_from_db()
    assert question.email == "hoa@example.vn"
