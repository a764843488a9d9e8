"""The admin side: moderation with the one "moderate" permission, bulk actions, replies per
opinion and per article, the summary report as a spreadsheet, the statistics, the reminder of
drafts closing with opinions waiting, and the DOCX import in the page editor."""

import io

import docx
import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from wagtail_emulation.consultation.models import DraftOpinion, DraftPage, Outcome
from wagtail_emulation.consultation.opinions import create_opinion
from wagtail_emulation.consultation.tasks import send_closing_reminders

from .builders import article_key, make_draft

Status = DraftOpinion.Status
INDEX = "wagtail_emulation_consultation:index"


def user_with(django_user_model, name, *codenames):
    user = django_user_model.objects.create_user(name, f"{name}@so.gov.vn", "mat-khau")
    for codename in ("access_admin", *codenames):
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


@pytest.fixture
def moderator(client, django_user_model):
    client.force_login(
        user_with(django_user_model, "kiemduyet", "moderate_draftopinion", "delete_draftopinion")
    )
    return client


def opinion_on(draft, number, **fields):
    values = {
        "page_id": draft.pk,
        "article_key": article_key(draft, number),
        "article_label": f"Điều {number}",
        "name": "Phạm Thu Hà",
        "organisation": "Đoàn Luật sư tỉnh",
        "email": "ha@example.vn",
        "body": f"Góp ý về Điều {number}.",
        "consented_at": timezone.now(),
    }
    values.update(fields)
    return create_opinion(**values)


def test_only_moderators_see_opinions_and_contacts(client, draft, django_user_model):
    opinion = opinion_on(draft, 3)
    client.force_login(user_with(django_user_model, "bientap"))
    assert client.get(reverse(INDEX)).status_code in (302, 403)
    edit = reverse("wagtail_emulation_consultation:edit", args=[opinion.pk])
    assert client.get(edit).status_code in (302, 403)
    client.force_login(user_with(django_user_model, "kiemduyet", "moderate_draftopinion"))
    listing = client.get(reverse(INDEX)).content.decode()
    assert "Phạm Thu Hà" in listing and "Điều 3" in listing
    assert "ha@example.vn" in client.get(edit).content.decode()


def test_bulk_approve_through_the_core_bulk_action(moderator, draft):
    opinions = [opinion_on(draft, number) for number in (1, 2, 3)]
    url = reverse(
        "wagtail_bulk_action",
        args=["wagtail_emulation_consultation", "draftopinion", "approve-opinions"],
    )
    query = "&".join(f"id={opinion.pk}" for opinion in opinions)
    confirm = moderator.get(f"{url}?{query}")
    assert "Duyệt các ý kiến này?" in confirm.content.decode()
    moderator.post(f"{url}?{query}")
    assert set(DraftOpinion.objects.values_list("status", flat=True)) == {Status.APPROVED}


def test_moderator_retags_answers_and_exports_the_report(moderator, draft):
    opinion = opinion_on(draft, 3, article_key="", article_label="")
    edit = reverse("wagtail_emulation_consultation:edit", args=[opinion.pk])
    answer = moderator.post(
        edit,
        {
            "status": Status.APPROVED,
            "article_key": article_key(draft, 4),
            "gist": "Đề nghị rút ngắn thời hạn.",
            "outcome": Outcome.EXPLAINED,
            "reply": "Giữ nguyên vì theo quy định chung.",
        },
    )
    assert answer.status_code == 302
    opinion.refresh_from_db()
    assert (opinion.status, opinion.article_label) == (Status.APPROVED, "Điều 4")
    assert opinion.moderated_at is not None

    export = moderator.get(reverse(INDEX), {"page": draft.pk, "export": "xlsx"})
    sheet = openpyxl.load_workbook(
        io.BytesIO(b"".join(export.streaming_content) if export.streaming else export.content)
    ).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][:3] == ["Dự thảo", "Điều", "Người góp ý"]
    assert rows[1][1:7] == [
        "Điều 4",
        "Phạm Thu Hà",
        "Đoàn Luật sư tỉnh",
        "Đề nghị rút ngắn thời hạn.",
        "Không tiếp thu, có giải trình",
        "Giữ nguyên vì theo quy định chung.",
    ]


def test_statistics_per_draft_article_and_day(moderator, draft):
    opinion_on(draft, 3)
    opinion_on(draft, 3, email="khac@example.vn", outcome=Outcome.ACCEPTED)
    opinion_on(draft, 5, outcome=Outcome.EXPLAINED)
    url = reverse("wagtail_emulation_consultation_statistics:index")
    html = moderator.get(url, {"draft": draft.pk}).content.decode()
    assert "<td>3</td><td>3</td><td>2</td><td>1 (50%)</td>" in html
    assert "<tr><td>Điều 3</td><td>2</td></tr>" in html
    assert "<tr><td>Điều 4</td><td>0</td></tr>" in html


def test_reminder_before_closing_with_opinions_waiting(home, django_user_model):
    user_with(django_user_model, "kiemduyet", "moderate_draftopinion")
    soon = make_draft(home, days_from_now=-18, length=20, title="Sắp hết hạn")
    later = make_draft(home, days_from_now=-1, length=30, title="Còn lâu")
    opinion_on(soon, 2)
    opinion_on(later, 2)
    assert send_closing_reminders.call() == 1
    [message] = mail.outbox
    assert message.to == ["kiemduyet@so.gov.vn"]
    assert "Sắp hết hạn" in message.body and "Còn lâu" not in message.body
    assert "1 ý kiến đang chờ kiểm duyệt" in message.body


def test_pasting_or_importing_a_docx_fills_the_structure(admin_client, draft):
    document = docx.Document()
    for line in [
        "Chương I",
        "QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi",
        "1. Khoản một.",
        "Điều 2. Đối tượng",
    ]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    upload = SimpleUploadedFile("du-thao.docx", buffer.getvalue())
    data = nested_form_data(
        {
            "title": draft.title,
            "slug": draft.slug,
            "document_kind": draft.document_kind,
            "issuer": draft.issuer,
            "legal_field": draft.legal_field,
            "drafting_unit": draft.drafting_unit_id,
            "lead": draft.lead,
            "opens_on": draft.opens_on.strftime("%d/%m/%Y"),
            "closes_on": draft.closes_on.strftime("%d/%m/%Y"),
            "text": streamfield([]),
            "attachments": inline_formset([]),
            "comments": inline_formset([]),
            "source_text": "",
        }
    )
    data["source_file"] = upload
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), data)
    assert response.status_code == 302, response.context["form"].errors
    latest = DraftPage.objects.get(pk=draft.pk).get_latest_revision_as_object()
    assert [(part.kind, part.label) for part in latest.parts] == [
        ("chapter", "Chương I"),
        ("article", "Điều 1"),
        ("article", "Điều 2"),
    ]
    assert latest.articles[0].clauses[0].text == "Khoản một."


def test_contacts_are_erased_after_the_retention_period(home):
    from io import StringIO

    from django.core.management import call_command

    old = make_draft(home, days_from_now=-500, length=20)
    recent = make_draft(home, days_from_now=-40, length=20)
    opinion_on(old, 1, phone="0912345678", ip_hash="a" * 64)
    opinion_on(recent, 1)
    call_command("purge_opinion_personal_data", stdout=StringIO())
    erased = DraftOpinion.objects.get(page=old)
    assert (erased.email, erased.phone, erased.ip_hash) == ("", "", "")
    assert erased.name == "Phạm Thu Hà" and erased.body  # the report keeps them
    assert DraftOpinion.objects.get(page=recent).email == "ha@example.vn"


def test_a_reply_per_article_names_an_article_of_its_draft(admin_client, draft, home):
    other = make_draft(home, title="Dự thảo khác")
    url = reverse("wagtail_emulation_consultation_replies:add")
    data = {"page": draft.pk, "outcome": Outcome.ACCEPTED, "reply": "Tiếp thu."}
    refused = admin_client.post(url, {**data, "article_key": article_key(other, 2)})
    assert refused.status_code == 200  # the form offers only this draft's articles
    assert not draft.article_replies.exists()
    assert admin_client.post(url, {**data, "article_key": article_key(draft, 2)}).status_code == 302
    reply = draft.article_replies.get()
    assert reply.article_label == "Điều 2"
