"""Deployment limits of reader comments (``WAGTAIL_EMULATION_COMMENTS_*`` in Django settings).

What editors change per site (moderation, banned words, link limit…) lives in
:class:`~wagtail_emulation.comments.models.CommentSettings` instead.
"""

from appconf import AppConf

from ..conf import SettingsReader


class CommentsConf(AppConf):
    # (submissions, seconds): comments one IP address (as its keyed hash) may post per window.
    COMMENTS_RATE_LIMIT_PER_IP = (5, 600)
    # (submissions, seconds): comments one e-mail address may post per window.
    COMMENTS_RATE_LIMIT_PER_EMAIL = (3, 600)
    # Longest comment body, in characters.
    COMMENTS_BODY_MAX_LENGTH = 3000
    # A form sent back sooner than this after it was served was filled by a script.
    COMMENTS_MIN_FILL_SECONDS = 3
    # A form older than this is refused as expired (the reader keeps the text and resends).
    COMMENTS_FORM_MAX_AGE = 24 * 3600
    # The same text from the same reader on the same page within this window is a duplicate.
    COMMENTS_DUPLICATE_WINDOW = 24 * 3600
    # E-mail addresses and IP hashes are erased this many days after the comment was sent.
    COMMENTS_RETENTION_DAYS = 180
    # Approved comments per page of the public list.
    COMMENTS_PER_PAGE = 20

    class Meta:
        prefix = "wagtail_emulation"


app_settings = SettingsReader(CommentsConf)
