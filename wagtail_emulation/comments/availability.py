"""Whether a page shows reader comments, and whether it still takes new ones."""

from django.utils import timezone

from ..page_types import feature_is_on, page_type_label


def comments_shown(page, comment_settings):
    """The page's type has comments: its approved list is shown (even once closed)."""
    return page is not None and page_type_label(page) in set(comment_settings.page_types or ())


def comments_open(page, comment_settings, now=None):
    """New comments are taken: the type is on, the page's own switch is on, not yet closed."""
    if not feature_is_on(page, comment_settings.page_types, "comments_enabled"):
        return False
    closes_at = comment_settings.closes_at(page)
    return closes_at is None or (now or timezone.now()) < closes_at
