"""Who may moderate reader comments.

One custom permission, ``moderate_readercomment``, opens everything: the "Bình luận" listing,
the detail view with the reader's e-mail, status changes, official replies and bulk actions.
Editors without it get 403 on all of these and never see an e-mail address. Deleting also
needs Django's ``delete_readercomment``; nobody adds comments in the admin (readers do).
"""

from ..moderation import MODERATE, ModerationPermissionPolicy


class CommentModerationPolicy(ModerationPermissionPolicy):
    """The core's moderation policy (one ``moderate`` permission), for reader comments."""


def can_moderate(user):
    from .models import ReaderComment

    return CommentModerationPolicy(ReaderComment).user_has_permission(user, MODERATE)
