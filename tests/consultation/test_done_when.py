"""The issue's "done when", over HTTP: a reader without JavaScript comments on Điều 3 of an
open draft, the opinion waits for moderation; a wrong captcha keeps the text; after the window
the form refuses (keeping the text and saying why) and the summary report shows the reply."""

from datetime import timedelta

import time_machine
from django.urls import reverse
from django.utils import timezone

from wagtail_emulation.consultation.models import ArticleReply, DraftOpinion, Outcome
from wagtail_emulation.consultation.opinions import change_status

from .builders import article_key

Status = DraftOpinion.Status


def form_url(page):
    return reverse("wagtail_emulation:consultation:page", args=[page.pk])


def test_a_reader_without_javascript_comments_on_article_3(client, draft, form_data):
    key = article_key(draft, 3)
    page = client.get(draft.url).content.decode()
    link = f'{form_url(draft)}?article={key}"'
    assert link in page  # "Góp ý Điều 3" is a plain link beside the article

    form = client.get(f"{form_url(draft)}?article={key}")
    assert form.status_code == 200
    assert (
        f'<option value="{key}" selected>Điều 3. Nội dung điều 3</option>' in form.content.decode()
    )

    sent = client.post(form_url(draft), form_data(article=key))
    assert sent.status_code == 302
    thanks = client.get(sent["Location"]).content.decode()
    assert "đang chờ kiểm duyệt" in thanks
    assert "Điều 3" in thanks

    opinion = DraftOpinion.objects.get()
    assert (opinion.page_id, opinion.article_key, opinion.article_label) == (
        draft.pk,
        key,
        "Điều 3",
    )
    assert opinion.status == Status.PENDING
    assert opinion.name == "Trần Thị Bình" and opinion.organisation == "Hội Luật gia tỉnh"
    assert opinion.ip_hash and opinion.consented_at


def test_a_wrong_captcha_keeps_the_text(client, draft, form_data):
    body = "Ý kiến dài của tôi về điều 3, không muốn gõ lại."
    answer = client.post(form_url(draft), form_data(body=body, captcha_1="WRONG"))
    assert answer.status_code == 400
    html = answer.content.decode()
    assert "Mã xác thực không đúng" in html
    assert body in html
    assert not DraftOpinion.objects.exists()


def test_an_opinion_needs_an_email_or_a_phone(client, draft, form_data):
    refused = client.post(form_url(draft), form_data(email="", phone=""))
    assert refused.status_code == 400
    assert not DraftOpinion.objects.exists()
    accepted = client.post(form_url(draft), form_data(email="", phone="0912 345 678"))
    assert accepted.status_code == 302
    assert DraftOpinion.objects.get().phone == "0912 345 678"


def test_after_the_window_the_form_refuses_and_keeps_the_text(client, draft, form_data):
    body = "Gửi muộn một ngày."
    after = timezone.localtime() + timedelta(days=30)
    with time_machine.travel(after, tick=False):
        answer = client.post(form_url(draft), form_data(body=body))
        page = client.get(draft.url).content.decode()
    assert answer.status_code == 403
    html = answer.content.decode()
    assert "Thời gian lấy ý kiến về dự thảo này đã kết thúc" in html
    assert body in html
    assert not DraftOpinion.objects.exists()
    assert "Góp ý Điều 3" not in page and "Đã kết thúc" in page


def test_an_upcoming_draft_takes_no_opinion_yet(client, home, form_data):
    from .builders import make_draft

    upcoming = make_draft(home, days_from_now=5)
    answer = client.post(form_url(upcoming), form_data())
    assert answer.status_code == 403
    assert "Dự thảo này nhận ý kiến từ" in answer.content.decode()
    assert not DraftOpinion.objects.exists()


def test_the_summary_report_shows_the_reply_after_the_window(client, draft, form_data):
    key = article_key(draft, 3)
    client.post(form_url(draft), form_data(article=key))
    opinion = DraftOpinion.objects.get()
    change_status([opinion.pk], Status.APPROVED)
    DraftOpinion.objects.filter(pk=opinion.pk).update(
        gist="Bổ sung người khuyết tật.",
        outcome=Outcome.ACCEPTED,
        reply="Đã bổ sung vào khoản 1 Điều 3.",
    )
    ArticleReply.objects.create(
        page=draft,
        article_key=key,
        article_label="Điều 3",
        outcome=Outcome.ACCEPTED,
        reply="Tiếp thu toàn bộ ý kiến về Điều 3.",
    )
    draft.report_published = True
    draft.save_revision().publish()

    report_url = reverse("wagtail_emulation:consultation:report", args=[draft.pk])
    csv_url, xlsx_url = (
        reverse("wagtail_emulation:consultation:report_file", args=[draft.pk, file_format])
        for file_format in ("csv", "xlsx")
    )
    assert "Báo cáo tổng hợp" not in client.get(draft.url).content.decode()  # still open
    assert {client.get(url).status_code for url in (report_url, csv_url, xlsx_url)} == {404}

    with time_machine.travel(timezone.localtime() + timedelta(days=30), tick=False):
        page = client.get(draft.url).content.decode()
        report = client.get(report_url)
        csv_file, xlsx_file = client.get(csv_url), client.get(xlsx_url)
    assert "Báo cáo tổng hợp" in page
    assert f'href="{csv_url}"' in page and f'href="{xlsx_url}"' in page
    downloaded = csv_file.content.decode("utf-8-sig")
    for text in ("Bổ sung người khuyết tật.", "Đã bổ sung vào khoản 1 Điều 3.", "Tiếp thu"):
        assert text in page
        assert text in report.content.decode()
        assert text in downloaded
    assert "attachment" in xlsx_file["Content-Disposition"]
    assert xlsx_file.content.startswith(b"PK")  # an XLSX is a zip package
    for shown in (page, report.content.decode(), downloaded):
        assert "binh@example.vn" not in shown
