from django.apps import apps
from django.urls import include, path
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from ..hooks import PAGE_SECTIONS, TEMPLATE_TAGS, URLS
from .admin_views import CommendationsViewSetGroup, ResponsePermissionPolicy
from .models import NoticeResponse

# Before the viewset registers, or Wagtail would create its default policy for the model.
register_permission_policy(NoticeResponse, ResponsePermissionPolicy(NoticeResponse))


@hooks.register("register_admin_viewset")
def register_commendations_viewsets():
    return CommendationsViewSetGroup()


@hooks.register(URLS)
def register_commendations_urls():
    # Without captcha the response form cannot be built; a system check names what is missing.
    if not apps.is_installed("captcha"):
        return []
    return [path("commendations/", include("wagtail_emulation.commendations.urls"))]


@hooks.register(TEMPLATE_TAGS)
def register_commendations_template_tags():
    from .templatetags.emulation_commendations import register

    return register


@hooks.register(PAGE_SECTIONS)
def commendations_page_section(context, page):
    from .sections import render_page_section

    return render_page_section(context, page)
