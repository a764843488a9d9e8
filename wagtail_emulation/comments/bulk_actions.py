"""Approve, reject or mark as spam many comments at once from the "Bình luận" listing."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..moderation import ModerationStatusBulkAction
from .models import ReaderComment
from .moderation import change_status

Status = ReaderComment.Status


class CommentStatusBulkAction(ModerationStatusBulkAction):
    models = [ReaderComment]
    change_status = staticmethod(change_status)


class ApproveBulkAction(CommentStatusBulkAction):
    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve the selected comments")
    action_priority = 10
    status = Status.APPROVED
    question = _("Approve and publish these comments?")

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d comment has been approved.",
            "%(count)d comments have been approved.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class RejectBulkAction(CommentStatusBulkAction):
    display_name = _("Reject")
    action_type = "reject"
    aria_label = _("Reject the selected comments")
    action_priority = 20
    status = Status.REJECTED
    question = _("Reject these comments? They will not be shown.")

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d comment has been rejected.",
            "%(count)d comments have been rejected.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class SpamBulkAction(CommentStatusBulkAction):
    display_name = _("Spam")
    action_type = "spam"
    aria_label = _("Mark the selected comments as spam")
    action_priority = 30
    status = Status.SPAM
    question = _("Mark these comments as spam? They will not be shown.")

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d comment has been marked as spam.",
            "%(count)d comments have been marked as spam.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


BULK_ACTIONS = [ApproveBulkAction, RejectBulkAction, SpamBulkAction]
