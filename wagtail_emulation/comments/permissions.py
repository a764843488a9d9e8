"""Who may moderate reader comments.

One custom permission, ``moderate_readercomment``, opens everything: the "Bình luận" listing,
the detail view with the reader's e-mail, status changes, official replies and bulk actions.
Editors without it get 403 on all of these and never see an e-mail address. Deleting also
needs Django's ``delete_readercomment``; nobody adds comments in the admin (readers do).
"""

from django.contrib.auth import get_permission_codename, get_user_model
from wagtail.permission_policies import ModelPermissionPolicy

MODERATE = "moderate"


class CommentModerationPolicy(ModelPermissionPolicy):
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


def can_moderate(user):
    from .models import ReaderComment

    return CommentModerationPolicy(ReaderComment).user_has_permission(user, MODERATE)
