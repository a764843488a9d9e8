"""Personal data: the retention purge and the data-subject request command."""

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from wagtail_emulation.comments.models import OfficialReply, ReaderComment
from wagtail_emulation.comments.moderation import approved_count

pytestmark = pytest.mark.django_db
Status = ReaderComment.Status


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_purge_erases_old_emails_and_ip_hashes_and_drops_old_spam(article, make_comment):
    old = timezone.now() - timedelta(days=200)
    kept_old = make_comment(article, created_at=old)
    spam_old = make_comment(article, status=Status.SPAM, created_at=old)
    recent = make_comment(article)
    assert "Would erase personal data of 1" in run("purge_comment_personal_data", "--dry-run")
    assert ReaderComment.objects.get(pk=kept_old.pk).email

    output = run("purge_comment_personal_data")
    assert "Erased personal data of 1 comment(s); deleted 1" in output
    kept_old.refresh_from_db()
    assert (kept_old.email, kept_old.ip_hash) == ("", "")
    assert kept_old.personal_data_erased_at is not None
    assert kept_old.body and kept_old.status == Status.APPROVED  # the published text stays
    assert not ReaderComment.objects.filter(pk=spam_old.pk).exists()
    recent.refresh_from_db()
    assert recent.email and recent.ip_hash
    assert approved_count(article.pk) == 2
    assert "Erased personal data of 0" in run("purge_comment_personal_data")


def test_retention_days_setting_and_option(article, make_comment, settings):
    comment = make_comment(article, created_at=timezone.now() - timedelta(days=40))
    settings.WAGTAIL_EMULATION_COMMENTS_RETENTION_DAYS = 30
    run("purge_comment_personal_data")
    comment.refresh_from_db()
    assert comment.email == ""
    other = make_comment(article, created_at=timezone.now() - timedelta(days=10))
    run("purge_comment_personal_data", "--days", "5")
    other.refresh_from_db()
    assert other.email == ""


def test_export_everything_about_one_email(article, make_comment, tmp_path):
    mine = make_comment(article, email="Chi.Mai@example.vn", body="Câu hỏi của tôi")
    OfficialReply.objects.create(comment=mine, body="Trả lời")
    make_comment(article, email="nguoi-khac@example.vn")
    data = json.loads(run("comment_data_request", "--email", "chi.mai@example.vn", "--export"))
    assert data["email"] == "chi.mai@example.vn"
    assert len(data["comments"]) == 1
    record = data["comments"][0]
    assert record["body"] == "Câu hỏi của tôi" and record["email"] == "Chi.Mai@example.vn"
    assert record["official_reply"]["body"] == "Trả lời"
    assert record["page"]["title"] == "Giới thiệu"
    target = tmp_path / "export.json"
    run("comment_data_request", "--email", "chi.mai@example.vn", "--export", "--output", target)
    assert json.loads(target.read_text(encoding="utf-8"))["comments"][0]["id"] == mine.pk


def test_delete_everything_about_one_email(article, make_comment):
    make_comment(article, email="xoa@example.vn")
    make_comment(article, email="XOA@example.vn", status=Status.PENDING)
    make_comment(article, email="giu@example.vn")
    assert "Deleted 2 comment(s)" in run(
        "comment_data_request", "--email", "xoa@example.vn", "--delete"
    )
    assert list(ReaderComment.objects.values_list("email", flat=True)) == ["giu@example.vn"]
    assert approved_count(article.pk) == 1


def test_data_request_needs_an_action_and_an_address():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        run("comment_data_request", "--email", "khong-co-a-cong")
    with pytest.raises(CommandError):
        run("comment_data_request", "--email", "a@example.vn")
