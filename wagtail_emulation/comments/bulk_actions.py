"""Approve, reject or mark as spam many comments at once from the "Bình luận" listing."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from ..moderation import StatusAction, status_bulk_actions
from .models import ReaderComment
from .moderation import change_status

Status = ReaderComment.Status

BULK_ACTIONS = status_bulk_actions(
    ReaderComment,
    change_status,
    [
        StatusAction(
            status=Status.APPROVED,
            action_type="approve",
            display_name=_("Approve"),
            aria_label=_("Approve the selected comments"),
            question=_("Approve and publish these comments?"),
            done=ngettext_lazy(
                "%(count)d comment has been approved.",
                "%(count)d comments have been approved.",
                "count",
            ),
        ),
        StatusAction(
            status=Status.REJECTED,
            action_type="reject",
            display_name=_("Reject"),
            aria_label=_("Reject the selected comments"),
            question=_("Reject these comments? They will not be shown."),
            done=ngettext_lazy(
                "%(count)d comment has been rejected.",
                "%(count)d comments have been rejected.",
                "count",
            ),
        ),
        StatusAction(
            status=Status.SPAM,
            action_type="spam",
            display_name=_("Spam"),
            aria_label=_("Mark the selected comments as spam"),
            question=_("Mark these comments as spam? They will not be shown."),
            done=ngettext_lazy(
                "%(count)d comment has been marked as spam.",
                "%(count)d comments have been marked as spam.",
                "count",
            ),
        ),
    ],
)
