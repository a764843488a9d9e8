"""The optional link from a record (a commendation decision…) to exemplar stories.

The field points at any page, so the linking app never imports the exemplars app; its chooser
offers exemplar story pages, and callers leave the panel out where the exemplars app is not
installed (:func:`exemplars_installed`).
"""

from django.apps import apps
from wagtail.admin.panels import PageChooserPanel

EXEMPLARS_APP = "wagtail_emulation.exemplars"
EXEMPLAR_STORY_PAGE = "wagtail_emulation_exemplars.ExemplarStoryPage"


def exemplars_installed():
    return apps.is_installed(EXEMPLARS_APP)


class ExemplarStoryChooserPanel(PageChooserPanel):
    """A chooser of exemplar story pages."""

    def __init__(self, field_name="page", **kwargs):
        kwargs.setdefault("page_type", EXEMPLAR_STORY_PAGE)
        super().__init__(field_name, **kwargs)
