"""Hashed static files whose ES module graph survives the hashing.

The package's scripts are ES modules that import each other (``rating.js`` and
``counters.js`` import ``../js/state.js``). Django's ``ManifestStaticFilesStorage`` gives each
file a content-hashed name so it can be cached for months, but by default it rewrites only CSS
``url()``/``@import`` references: a module would still import the unhashed ``state.js``, which a
long-lived cache keeps serving after a deploy changed it (or which is missing when only hashed
names are published). Django 4.2+ can rewrite ``import … from "…"``, ``export … from "…"``,
``import "…"`` and ``import("…")`` too; this storage turns that on.

Use it for ``STORAGES["staticfiles"]`` in production::

    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "wagtail_emulation.staticfiles.ManifestStaticFilesStorage"},
    }
"""

from django.contrib.staticfiles import storage


class ManifestStaticFilesStorage(storage.ManifestStaticFilesStorage):
    """Django's manifest storage that also rewrites JavaScript module imports to hashed names."""

    support_js_module_import_aggregation = True
