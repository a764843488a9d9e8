"""Who may moderate reader comments.

One custom permission, ``moderate_readercomment``, opens everything: the "Bình luận" listing,
the detail view with the reader's e-mail, status changes, official replies and bulk actions.
Editors without it get 403 on all of these and never see an e-mail address. Deleting also
needs Django's ``delete_readercomment``; nobody adds comments in the admin (readers do).
"""

from wagtail.permission_policies import ModelPermissionPolicy

MODERATE = "moderate"


class CommentModerationPolicy(ModelPermissionPolicy):
    def _needed(self, action):
        if action in ("view", "change", MODERATE):
            return [MODERATE]
        if action == "delete":
            return [MODERATE, "delete"]
        return None  # "add" and anything unknown

    def user_has_permission(self, user, action):
        needed = self._needed(action)
        return bool(needed) and all(
            user.has_perm(self._get_permission_name(name)) for name in needed
        )

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return self._get_users_with_any_permission_codenames(
            self._get_permission_codenames([MODERATE])
        )


def can_moderate(user):
    from .models import ReaderComment

    return CommentModerationPolicy(ReaderComment).user_has_permission(user, MODERATE)
