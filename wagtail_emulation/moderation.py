"""What every moderated reader submission shares in the admin: who may moderate, and the
bulk actions that change many statuses at once.

A sub-app's model gets one custom permission, ``moderate_<model>``, that opens its listing,
the detail view with the reader's contact details, status changes, replies and bulk actions;
deleting also needs Django's ``delete_<model>``; nobody adds submissions in the admin.
Register :class:`ModerationPermissionPolicy` for the model before its viewset, and subclass
:class:`ModerationStatusBulkAction` with the app's own status-changing service.
"""

from django.contrib.auth import get_permission_codename, get_user_model
from django.utils.functional import cached_property
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry

MODERATE = "moderate"


class ModerationPermissionPolicy(ModelPermissionPolicy):
    def _permission(self, action):
        opts = self.model._meta
        return f"{opts.app_label}.{get_permission_codename(action, opts)}"

    def _needed(self, action):
        if action in ("view", "change", MODERATE):
            return [MODERATE]
        if action == "delete":
            return [MODERATE, "delete"]
        return None  # "add" and anything unknown

    def user_has_permission(self, user, action):
        needed = self._needed(action)
        return bool(needed) and all(user.has_perm(self._permission(name)) for name in needed)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        # Active users holding it directly, through a group, or as superusers.
        return get_user_model().objects.with_perm(self._permission(MODERATE))


class ModerationStatusBulkAction(PermissionCheckedMixin, BulkAction):
    """Set one status on the chosen items through ``change_status(ids, status, moderator=)``
    (a ``staticmethod`` of the subclass), which keeps the app's counts exact."""

    permission_required = MODERATE
    template_name = "wagtail_emulation/moderation/confirm_bulk_status.html"
    status = None
    icon = "comment"
    change_status = None

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(self.models[0])

    def get_execution_context(self):
        return {"status": self.status, "moderator": self.request.user}

    @classmethod
    def execute_action(cls, objects, status=None, moderator=None, **kwargs):
        return cls.change_status([obj.pk for obj in objects], status, moderator=moderator), 0

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action": self}
