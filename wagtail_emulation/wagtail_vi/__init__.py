"""Optional: Vietnamese for the Wagtail admin screens editors use most.

Wagtail 8.0's own ``vi`` catalogue translates about a fifth of its strings, so the page
editor, the explorer and the publishing dialogs are mostly English. This app only ships a
catalogue (``locale/vi``) with those strings; Django prefers the catalogues of apps listed
earlier, so list it before Wagtail's apps:

    INSTALLED_APPS = [..., "wagtail_emulation.wagtail_vi", ..., "wagtail.admin", "wagtail", ...]
"""
