"""Reading a site setting on the page path: no write, and no query once the cache is warm.

``BaseSiteSetting.for_site`` runs ``get_or_create``: a query on every page view and an INSERT
on a site's first one, while rendering a page must write nothing. :func:`read_site_setting`
reads the row with a plain filter (unsaved defaults when editors never saved it), keeps it in
the shared cache until an editor saves it again, memoises it on the request, and carries on
with the database when the cache is unreachable.

Every feedback sub-app registers its setting model once (``cache_site_setting(Model)`` in
``AppConfig.ready``) so that saving or deleting the row drops the cached copy everywhere.
"""

from django.db.models import prefetch_related_objects
from django.db.models.signals import post_delete, post_save
from wagtail.models import Site

from .fragments import kept_value
from .shared_cache import quietly, shared_cache

# A safety net only: saving the setting drops the entry at once.
CACHE_SECONDS = 600


def _cache_key(model, site_id):
    return f"wagtail_emulation:setting:{model._meta.label_lower}:{site_id}"


def _load(model, site_id, prefetch, related):
    found = model.objects.filter(site_id=site_id).first() or model(site_id=site_id)
    if not found.pk:
        return found
    for name in prefetch:
        # Child rows of a ClusterableModel (e.g. the website links), assigned in memory, travel
        # with the setting into the cache and are then read without a query.
        setattr(found, name, list(getattr(found, name).all()))
    # Related rows (e.g. the logo and its renditions) are cached on the instance the same way.
    prefetch_related_objects([found], *related)
    return found


def read_site_setting(model, request=None, site=None, prefetch=(), related=()):
    """``model``'s row for the request's site (or ``site``), without ever creating it.

    Every reader of one model must pass the same ``prefetch`` (child rows) and ``related``
    (``prefetch_related`` lookups): they share one cached copy.
    """
    memo_name = f"_emulation_setting_{model._meta.label_lower}"
    memo = getattr(request, memo_name, None) if request is not None else None
    if memo is not None:
        return memo
    if site is None and request is not None:
        site = Site.find_for_request(request)
    if site is None:
        return model()
    key = _cache_key(model, site.pk)
    load = lambda: _load(model, site.pk, prefetch, related)  # noqa: E731 - a deferred load
    found = kept_value(key, load, CACHE_SECONDS, key, request)
    if request is not None:
        setattr(request, memo_name, found)
    return found


def forget_site_setting(model, site_id):
    key = _cache_key(model, site_id)
    quietly(lambda: shared_cache().delete(key), key)  # else it expires (CACHE_SECONDS)


def cache_site_setting(model, *child_models):
    """Drop the cached copy of ``model`` whenever it (or one of its child rows) changes."""

    parent_links = {
        child: next(f.name for f in child._meta.fields if f.related_model is model)
        for child in child_models
    }

    def forget(sender, instance, **kwargs):
        setting = instance if sender is model else getattr(instance, parent_links[sender], None)
        if setting is not None:
            forget_site_setting(model, setting.site_id)

    for sender in (model, *child_models):
        uid = f"wagtail_emulation:setting:{model._meta.label_lower}:{sender._meta.label_lower}"
        post_save.connect(forget, sender=sender, dispatch_uid=uid + ":save", weak=False)
        post_delete.connect(forget, sender=sender, dispatch_uid=uid + ":delete", weak=False)


def read_portal_settings(request=None, site=None):
    """The core's :class:`~wagtail_emulation.models.EmulationSettings` with what its tags
    show (website links, the logo and its renditions), for every reader alike."""
    from .models import EmulationSettings

    return read_site_setting(
        EmulationSettings,
        request,
        site=site,
        prefetch=["website_links"],
        related=["logo__renditions"],
    )
