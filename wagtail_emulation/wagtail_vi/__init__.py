"""Optional: Vietnamese for every string of Wagtail's own admin.

Wagtail 8.0's ``vi`` catalogue translates about a fifth of its strings. This app ships
complete ``django`` and ``djangojs`` catalogues (``locale/vi``) for every ``wagtail.*`` app,
in one terminology (``GLOSSARY.md``). Django prefers the catalogues of apps listed earlier,
so list it before Wagtail's apps:

    INSTALLED_APPS = [..., "wagtail_emulation.wagtail_vi", ..., "wagtail.admin", "wagtail", ...]

Wagtail's JavaScript catalogue view reads ``wagtail.admin``'s locale only, so
``wagtail_hooks.py`` adds ours to the admin pages of editors whose admin is Vietnamese.
``catalogue.py`` lists what a Wagtail upgrade leaves English (``make wagtail-vi-missing``).
"""
