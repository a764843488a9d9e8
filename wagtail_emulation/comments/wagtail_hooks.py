from django.apps import apps
from django.urls import include, path
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from ..feedback.widgets import FeedbackWidget
from ..hooks import FEEDBACK_WIDGETS, TEMPLATE_TAGS, URLS
from .bulk_actions import BULK_ACTIONS
from .dashboard import CommentsWaitingPanel
from .models import ReaderComment
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


@hooks.register(URLS)
def register_comments_urls():
    # Without captcha the views cannot even be imported; a system check names what is missing.
    if not apps.is_installed("captcha"):
        return []
    return [path("comments/", include("wagtail_emulation.comments.urls"))]


@hooks.register(TEMPLATE_TAGS)
def register_comments_template_tags():
    from .templatetags.emulation_comments import register

    return register


@hooks.register(FEEDBACK_WIDGETS)
def register_comments_block():
    from .widgets import render_comments_block

    return FeedbackWidget("comments", render_comments_block, order=20)
