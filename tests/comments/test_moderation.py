"""Moderation: status transitions keep the count exact; the admin viewset, bulk actions,
dashboard panel, permissions and the moderators' e-mail."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse

from wagtail_emulation.comments.models import CommentCount, OfficialReply, ReaderComment
from wagtail_emulation.comments.moderation import approved_count, change_status, delete_comments

pytestmark = pytest.mark.django_db
Status = ReaderComment.Status


def admin_permission(codename):
    return Permission.objects.get(codename=codename)


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("kiemduyet", "kiemduyet@so.gov.vn", "mat-khau")
    user.user_permissions.add(
        admin_permission("access_admin"), admin_permission("moderate_readercomment")
    )
    return user


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("bientap", "bientap@so.gov.vn", "mat-khau")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_transitions_move_the_count_by_exactly_one(article, make_comment):
    comment = make_comment(article, status=Status.PENDING)
    assert approved_count(article.pk) == 0
    assert change_status([comment.pk], Status.APPROVED) == 1
    assert approved_count(article.pk) == 1
    assert change_status([comment.pk], Status.APPROVED) == 0  # already approved: no double count
    assert approved_count(article.pk) == 1
    change_status([comment.pk], Status.SPAM)
    assert approved_count(article.pk) == 0
    change_status([comment.pk], Status.REJECTED)
    assert approved_count(article.pk) == 0
    change_status([comment.pk], Status.APPROVED)
    delete_comments([comment.pk])
    assert approved_count(article.pk) == 0
    assert CommentCount.objects.get(page_id=article.pk).approved == 0


def test_moderator_lists_filters_and_searches(client, moderator, article, make_comment):
    make_comment(article, status=Status.PENDING, name="Chờ Một", email="mot@example.vn")
    make_comment(article, name="Đã Hai", email="hai@example.vn")
    client.force_login(moderator)
    index = reverse("wagtail_emulation_comments:index")
    html = client.get(index).content.decode()
    assert "Chờ Một" in html and "Đã Hai" in html
    assert "Chờ duyệt" in html and "Giới thiệu" in html
    html = client.get(index, {"status": "pending"}).content.decode()
    assert "Chờ Một" in html and "Đã Hai" not in html
    html = client.get(index, {"page": article.pk, "status": "approved"}).content.decode()
    assert "Đã Hai" in html and "Chờ Một" not in html
    html = client.get(index, {"q": "hai@example"}).content.decode()
    assert "Đã Hai" in html and "Chờ Một" not in html
    assert client.get(index, {"created_at_from": "2000-01-01"}).status_code == 200


def test_each_row_links_the_commenter_and_names_its_checkbox(
    client, moderator, article, make_comment
):
    comment = make_comment(article, status=Status.PENDING, name="Chờ Một")
    client.force_login(moderator)
    html = client.get(reverse("wagtail_emulation_comments:index")).content.decode()
    edit = reverse("wagtail_emulation_comments:edit", args=[comment.pk])
    title_id = f"reader_comment_{comment.pk}_title"
    assert re.search(rf'<a href="{edit}">\s*<span id="{title_id}">Chờ Một</span>', html)
    assert re.search(rf'<input type="checkbox"[^>]*aria-describedby="{title_id}"', html)
    assert "Tùy chọn khác cho &#x27;Chờ Một&#x27;" in html  # the row's actions menu
    assert re.search(r'<a href="[^"]*\?ordering=name"[^>]*>\s*Họ tên', html)  # sortable


def test_detail_view_shows_email_and_writes_the_official_reply(
    client, moderator, article, make_comment
):
    comment = make_comment(article, status=Status.PENDING, email="ban-doc@example.vn")
    client.force_login(moderator)
    edit = reverse("wagtail_emulation_comments:edit", args=[comment.pk])
    assert "ban-doc@example.vn" in client.get(edit).content.decode()
    response = client.post(
        edit, {"status": Status.APPROVED, "official_reply": "Sở đã tiếp nhận ý kiến."}
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Status.APPROVED and comment.moderated_by == moderator
    reply = OfficialReply.objects.get(comment=comment)
    assert (reply.body, reply.author) == ("Sở đã tiếp nhận ý kiến.", moderator)
    assert approved_count(article.pk) == 1
    # Emptying the reply removes it; the read-only fields cannot be changed.
    client.post(edit, {"status": Status.APPROVED, "official_reply": "", "name": "Đổi tên"})
    comment.refresh_from_db()
    assert not OfficialReply.objects.exists() and comment.name != "Đổi tên"
    client.post(edit, {"status": Status.REJECTED, "official_reply": ""})
    assert approved_count(article.pk) == 0


@pytest.mark.parametrize(
    ("action", "status"),
    [("approve", Status.APPROVED), ("reject", Status.REJECTED), ("spam", Status.SPAM)],
)
def test_bulk_actions(client, moderator, article, make_comment, action, status):
    comments = [make_comment(article, status=Status.PENDING) for _ in range(3)]
    make_comment(article)  # already approved, not selected
    client.force_login(moderator)
    url = reverse(
        "wagtail_bulk_action", args=["wagtail_emulation_comments", "readercomment", action]
    )
    query = "&".join(f"id={c.pk}" for c in comments[:2])
    confirm = client.get(f"{url}?{query}")
    assert confirm.status_code == 200
    assert comments[0].name in confirm.content.decode()
    assert client.post(f"{url}?{query}").status_code == 302
    statuses = list(ReaderComment.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == [status, status, Status.PENDING, Status.APPROVED]
    assert approved_count(article.pk) == 1 + (2 if status == Status.APPROVED else 0)


def test_plain_editor_gets_403_and_never_an_email(client, editor, article, make_comment):
    comment = make_comment(article, status=Status.PENDING, email="bi-mat@example.vn")
    client.force_login(editor)
    urls = [
        reverse("wagtail_emulation_comments:index"),
        reverse("wagtail_emulation_comments:edit", args=[comment.pk]),
        reverse("wagtail_emulation_comments:delete", args=[comment.pk]),
        reverse(
            "wagtail_bulk_action", args=["wagtail_emulation_comments", "readercomment", "approve"]
        )
        + f"?id={comment.pk}",
    ]
    for url in urls:
        # Wagtail answers a denied admin page with a redirect to the dashboard and its "no
        # permission" message, and scripts (XMLHttpRequest) with a plain 403.
        for response in (client.get(url), client.post(url, {"status": "approved"})):
            assert response.status_code == 302, url
            assert response["Location"] == reverse("wagtailadmin_home")
        xhr = client.get(url, headers={"X-Requested-With": "XMLHttpRequest"})
        assert xhr.status_code == 403, url
        assert "bi-mat@example.vn" not in xhr.content.decode()
    comment.refresh_from_db()
    assert comment.status == Status.PENDING
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "bi-mat@example.vn" not in dashboard
    assert "đang chờ duyệt" not in dashboard
    assert reverse("wagtail_emulation_comments:index") not in dashboard  # no menu item


def test_dashboard_panel_counts_waiting_comments(client, moderator, article, make_comment):
    make_comment(article, status=Status.PENDING)
    make_comment(article, status=Status.PENDING)
    make_comment(article)
    client.force_login(moderator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Có 2 bình luận đang chờ duyệt." in html
    assert reverse("wagtail_emulation_comments:index") + "?status=pending" in html


def test_admin_delete_takes_the_comment_off_the_count(client, admin_user, article, make_comment):
    comment = make_comment(article)
    client.force_login(admin_user)
    url = reverse("wagtail_emulation_comments:delete", args=[comment.pk])
    assert client.post(url).status_code == 302
    assert not ReaderComment.objects.exists() and approved_count(article.pk) == 0


def test_moderators_are_emailed_after_commit_without_the_readers_email(
    client, article, form_data, moderator, comment_settings, django_capture_on_commit_callbacks
):
    url = reverse("wagtail_emulation:comments:page", args=[article.pk])
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        client.post(url, form_data(email="nguoi-gui@example.vn"))
    assert callbacks, "the notification is enqueued on commit, not sent in the request"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["kiemduyet@so.gov.vn"]
    assert "Giới thiệu" in message.subject and "chờ duyệt" in message.subject
    assert "Xin hỏi thủ tục" in message.body
    assert "nguoi-gui@example.vn" not in message.body
    assert "/admin/" in message.body

    comment_settings.notify_emails = "van-thu@so.gov.vn\nlanh-dao@so.gov.vn"
    comment_settings.save()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, form_data(body="Một câu hỏi khác", email="khac@example.vn"))
    assert mail.outbox[0].to == ["van-thu@so.gov.vn", "lanh-dao@so.gov.vn"]


def test_published_comments_notify_nobody(
    client, article, form_data, moderator, comment_settings, django_capture_on_commit_callbacks
):
    comment_settings.moderation = False
    comment_settings.save()
    url = reverse("wagtail_emulation:comments:page", args=[article.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, form_data())
    assert not mail.outbox


def test_settings_refuse_invalid_notification_addresses(comment_settings):
    from django.core.exceptions import ValidationError

    comment_settings.notify_emails = "dung@so.gov.vn, sai-dia-chi"
    with pytest.raises(ValidationError):
        comment_settings.full_clean()


def test_list_change_is_announced_after_commit(
    article, make_comment, django_capture_on_commit_callbacks
):
    from wagtail_emulation.comments.signals import comment_list_changed

    received = []

    def listener(sender, page_ids, **kwargs):
        received.append(page_ids)

    comment_list_changed.connect(listener)
    try:
        pending = make_comment(article, status=Status.PENDING)
        with django_capture_on_commit_callbacks(execute=True):
            change_status([pending.pk], Status.REJECTED)  # never shown: nothing to announce
        assert received == []
        with django_capture_on_commit_callbacks(execute=True):
            change_status([pending.pk], Status.APPROVED)
        assert received == [[article.pk]]
    finally:
        comment_list_changed.disconnect(listener)


def test_a_failing_mail_server_does_not_fail_the_reader(
    client, article, form_data, moderator, django_capture_on_commit_callbacks, monkeypatch
):
    def broken_send_mail(*args, **kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr("wagtail_emulation.comments.tasks.send_mail", broken_send_mail)
    url = reverse("wagtail_emulation:comments:page", args=[article.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, form_data())
    assert response.status_code == 302
    assert ReaderComment.objects.filter(status=Status.PENDING).count() == 1
