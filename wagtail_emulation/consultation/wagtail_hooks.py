from django.apps import apps
from django.urls import include, path
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from ..feedback.state import StatePart
from ..hooks import STATE_PARTS, TEMPLATE_TAGS, URLS
from ..moderation import ModerationPermissionPolicy
from .models import DraftOpinion
from .viewsets import BULK_ACTIONS, ConsultationGroup

# Before the viewset registers, or Wagtail would create its default policy for the model.
register_permission_policy(DraftOpinion, ModerationPermissionPolicy(DraftOpinion))


@hooks.register("register_admin_viewset")
def register_consultation_viewsets():
    return ConsultationGroup()


for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action)


@hooks.register("construct_homepage_panels")
def add_drafts_closing_panel(request, panels):
    from .dashboard import DraftsClosingPanel

    policy = ModerationPermissionPolicy(DraftOpinion)
    if policy.user_has_permission(request.user, "moderate"):
        panels.append(DraftsClosingPanel())


@hooks.register(URLS)
def register_consultation_urls():
    # Without captcha the views cannot even be imported; a system check names what is missing.
    if not apps.is_installed("captcha"):
        return []
    return [path("consultation/", include("wagtail_emulation.consultation.urls"))]


def consultation_state(request, page):
    """On a draft's page: whether the form takes opinions now, and the live counts per
    article (``consultation.js`` puts them beside each article)."""
    from .counting import kept_counts
    from .models import DraftPage

    if not issubclass(page.specific_class or object, DraftPage):
        return None
    page = page.specific
    counts = kept_counts(page, request)
    return {"open": page.is_open, "total": counts["total"], "articles": counts["articles"]}


@hooks.register(STATE_PARTS)
def register_consultation_state_part():
    return StatePart("consultation", consultation_state)


@hooks.register(TEMPLATE_TAGS)
def register_consultation_template_tags():
    from .templatetags.emulation_consultation import register

    return register
