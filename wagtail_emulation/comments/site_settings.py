"""Reading :class:`CommentSettings` on the page path without a query or a write.

``BaseSiteSetting.for_site`` runs ``get_or_create``: a query on every page view and an INSERT on
the first one. Pages are rendered for anonymous readers and must write nothing, so the settings
are read with a plain filter (unsaved defaults when editors never saved them) and kept in the
shared cache until editors save them again.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Site

from ..readers import shared_cache
from .models import CommentSettings

CACHE_SECONDS = 300


def _cache_key(site_id):
    return f"wagtail_emulation:comments:settings:{site_id}"


def comment_settings(request=None, site=None):
    """The comment settings of the request's site (or ``site``), memoised on the request."""
    memo = getattr(request, "_emulation_comment_settings", None)
    if memo is not None:
        return memo
    if site is None and request is not None:
        site = Site.find_for_request(request)
    if site is None:
        found = CommentSettings()
    else:
        cache = shared_cache()
        found = cache.get(_cache_key(site.pk))
        if found is None:
            found = CommentSettings.objects.filter(site_id=site.pk).first()
            found = found or CommentSettings(site_id=site.pk)
            cache.set(_cache_key(site.pk), found, CACHE_SECONDS)
    if request is not None:
        request._emulation_comment_settings = found
    return found


def forget_comment_settings(sender, instance, **kwargs):
    shared_cache().delete(_cache_key(instance.site_id))


def connect():
    post_save.connect(forget_comment_settings, sender=CommentSettings, dispatch_uid="emu-cs-save")
    post_delete.connect(forget_comment_settings, sender=CommentSettings, dispatch_uid="emu-cs-del")
