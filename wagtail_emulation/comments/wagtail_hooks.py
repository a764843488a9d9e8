from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .bulk_actions import BULK_ACTIONS
from .models import ReaderComment
from .panels import CommentsWaitingPanel
from .permissions import CommentModerationPolicy, can_moderate
from .viewsets import ReaderCommentViewSet

# Before the viewset registers, or Wagtail would create its default policy for the model.
register_permission_policy(ReaderComment, CommentModerationPolicy(ReaderComment))


@hooks.register("register_admin_viewset")
def register_comment_viewset():
    return ReaderCommentViewSet()


for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action)


@hooks.register("construct_homepage_panels")
def add_comments_waiting_panel(request, panels):
    if can_moderate(request.user):
        panels.append(CommentsWaitingPanel())
