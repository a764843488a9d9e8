"""Reader comments on the demo's commentable pages: a few approved, with the department's
official reply, and one waiting for moderation. Pages that already have comments are left
alone, and pages created later by other builders get theirs on the next ``load_demo``."""

from datetime import timedelta

from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import Page

from wagtail_emulation.comments.forms import fingerprint
from wagtail_emulation.comments.models import OfficialReply, ReaderComment
from wagtail_emulation.comments.moderation import create_comment
from wagtail_emulation.feedback.mixins import CommentablePageMixin

PAGES_WITH_COMMENTS = 3

APPROVED = [
    (
        "Trần Thị Hoa",
        "Bài viết rất thiết thực. Xin hỏi cán bộ ở xã có được tham gia phong trào này không?",
        "Cảm ơn chị đã quan tâm. Cán bộ, công chức cấp xã đều thuộc đối tượng tham gia; "
        "đăng ký qua bộ phận một cửa của Ủy ban nhân dân xã.",
    ),
    (
        "Lò Văn Dũng",
        "Mong Sở sớm đăng danh sách các điển hình được khen thưởng năm nay\n"
        "để bà con ở bản cùng học tập.",
        None,
    ),
    (
        "Phạm Minh Tuấn",
        "Thủ tục chứng thực điện tử đã làm được ở cấp xã chưa ạ?",
        "Từ quý III, Ủy ban nhân dân các xã, phường đã tiếp nhận chứng thực bản sao điện "
        "tử từ bản chính.",
    ),
]
WAITING = ("Vũ Thanh Mai", "Đề nghị bổ sung mẫu đơn đăng ký thi đua bằng tệp Word để dễ điền.")


def commentable_pages():
    """The first live page of each commentable type (a campaign, a news item, a story…)."""
    first_of_type = {}
    for page in Page.objects.live().public().specific().order_by("path"):
        if isinstance(page, CommentablePageMixin):
            first_of_type.setdefault(type(page), page)
    return list(first_of_type.values())


def add_comments(page, started):
    for offset, (name, body, reply) in enumerate(APPROVED):
        comment = add_comment(page, name, body, ReaderComment.Status.APPROVED, started, offset)
        if reply:
            OfficialReply.objects.create(comment=comment, body=reply)
    name, body = WAITING
    add_comment(page, name, body, ReaderComment.Status.PENDING, started, len(APPROVED))


def add_comment(page, name, body, status, started, offset):
    sent = started + timedelta(hours=5 * offset)
    return create_comment(
        page_id=page.pk,
        name=name,
        body=body,
        status=status,
        created_at=sent,
        consented_at=sent,
        fingerprint=fingerprint(body),
    )


def allow_moderators():
    """Wagtail's "Moderators" group moderates reader comments in the demo."""
    group = Group.objects.filter(name="Moderators").first()
    permission = Permission.objects.filter(
        content_type__app_label="wagtail_emulation_comments", codename="moderate_readercomment"
    ).first()
    if group is not None and permission is not None:
        group.permissions.add(permission)


def build(home):
    allow_moderators()
    pages = commentable_pages()[:PAGES_WITH_COMMENTS]
    with_comments = set(
        ReaderComment.objects.filter(page__in=pages).values_list("page_id", flat=True)
    )
    started = timezone.now() - timedelta(days=2)
    for page in pages:
        if page.pk not in with_comments:
            add_comments(page, started)
