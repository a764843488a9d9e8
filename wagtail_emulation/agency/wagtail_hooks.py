from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

from ..admin_columns import yes_no_column
from ..hooks import URLS
from ..site_scoped_admin import SiteScopedViewSetMixin
from .people import Person


class ArchiveNotDeletePolicy(ModelPermissionPolicy):
    """A person who leaves is archived ("left on"), so the records keep who held a post."""

    def user_has_permission(self, user, action):
        return action != "delete" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [a for a in actions if a != "delete"])


# Before the viewset registers, or Wagtail would create its default policy for the model.
register_permission_policy(Person, ArchiveNotDeletePolicy(Person))


class PersonViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People of the agency")
    menu_order = 235
    add_to_admin_menu = True
    list_display = [
        "full_name",
        "position",
        "unit",
        yes_no_column(Person, "is_spokesperson"),
        "left_on",
    ]
    list_filter = ["rank", "is_spokesperson", "is_focal_official", "unit"]
    search_fields = ["full_name", "position"]


@hooks.register("register_admin_viewset")
def register_agency_viewsets():
    return PersonViewSet()


@hooks.register(URLS)
def register_agency_urls():
    return [path("agency/", include("wagtail_emulation.agency.urls"))]
