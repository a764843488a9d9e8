"""The names of the ``wagtail.hooks`` through which sub-apps plug into the core.

The core never lists its sub-apps: each one registers what it offers in its
``wagtail_hooks.py``, so any subset of them (and a host's own app) works::

    from wagtail import hooks
    from wagtail_emulation.hooks import TEMPLATE_TAGS, URLS


    @hooks.register(URLS)
    def ratings_urls():
        return [path("ratings/", include("wagtail_emulation.ratings.urls"))]


    @hooks.register(TEMPLATE_TAGS)
    def ratings_tags():
        from .templatetags.emulation_ratings import register

        return register
"""

from wagtail import hooks

#: ``fn() -> django.template.Library``: its tags and filters join ``{% load wagtail_emulation %}``.
TEMPLATE_TAGS = "register_emulation_template_tags"
#: ``fn() -> list`` of URL patterns under ``include("wagtail_emulation.urls")``.
URLS = "register_emulation_urls"
#: ``fn() -> FeedbackWidget``: rendered under a page by ``{% reader_feedback page %}``.
FEEDBACK_WIDGETS = "register_reader_feedback_widget"
#: ``fn() -> StatePart``: one part of the per-reader state endpoint's answer.
STATE_PARTS = "register_reader_state_part"
#: ``fn() -> list`` of admin panels shown in a page's "Reader feedback" settings group.
FEEDBACK_PANELS = "register_reader_feedback_panels"
#: ``fn(context, page) -> str``: HTML that ``{% emulation_foot page %}`` adds at the end of
#: ``<body>`` (the visit tracker, for one).
FOOT = "register_emulation_foot"
#: ``fn(context, page) -> str``: HTML that ``{% page_sections page %}`` shows under an article
#: (a campaign's commendation decisions, for one), or ``""`` where it has nothing to show.
PAGE_SECTIONS = "register_emulation_page_sections"

#: ``fn(request, page) -> dict``: properties a sub-app adds to the page's own schema.org node
#: in its one JSON-LD document (``{"aggregateRating": {…}}`` from the star ratings), or ``{}``.
STRUCTURED_DATA = "register_emulation_structured_data"


def each(hook_name):
    """What every function registered under ``hook_name`` returns, in registration order."""
    return [fn() for fn in hooks.get_hooks(hook_name)]
