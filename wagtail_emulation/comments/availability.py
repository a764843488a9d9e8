"""Whether a page shows reader comments, and whether it still takes new ones."""

from django.utils import timezone

from ..feedback.switches import feature_is_on, type_is_off


def comments_shown(page, comment_settings):
    """Comments are not off for the page's type: its approved list is shown (even once closed)."""
    return page is not None and not type_is_off(page, comment_settings.off_page_types)


def comments_open(page, comment_settings, now=None):
    """New comments are taken: the type is on, the page's own switch is on, not yet closed."""
    if not feature_is_on(page, comment_settings.off_page_types, "comments_enabled"):
        return False
    closes_at = comment_settings.closes_at(page)
    return closes_at is None or (now or timezone.now()) < closes_at
