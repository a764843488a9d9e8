from django.apps import apps
from django.urls import include, path
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from ..hooks import URLS
from .admin_views import QUESTION_POLICY, QuestionsGroup
from .models import Question

# Before the viewset registers, or Wagtail would create its default policy for the model.
register_permission_policy(Question, QUESTION_POLICY)


@hooks.register("register_admin_viewset")
def register_questions_viewsets():
    return QuestionsGroup()


@hooks.register("construct_homepage_panels")
def add_questions_panel(request, panels):
    if QUESTION_POLICY.user_has_permission(request.user, "change"):
        from .dashboard import QuestionsPanel

        panels.append(QuestionsPanel())


@hooks.register(URLS)
def register_questions_urls():
    # Without captcha the asking form cannot be built; a system check names what is missing.
    if not apps.is_installed("captcha"):
        return []
    return [path("questions/", include("wagtail_emulation.questions.urls"))]
