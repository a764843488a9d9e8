"""The comment settings of a site, read on the page path without a query or a write."""

from ..site_settings import cache_site_setting, read_site_setting
from .models import CommentSettings


def comment_settings(request=None, site=None):
    """The comment settings of the request's site (or ``site``), memoised on the request."""
    return read_site_setting(CommentSettings, request=request, site=site)


def connect():
    cache_site_setting(CommentSettings)
