"""The optional link from a record (a commendation decision…) to exemplar stories.

The field points at any page, so the linking app never imports the exemplars app; its chooser
offers exemplar story pages, and callers leave the panel out where the exemplars app is not
installed (:func:`exemplars_installed`).
"""

from django.apps import apps

from .sub_app_pages import SubAppPageChooserPanel

EXEMPLARS_APP = "wagtail_emulation.exemplars"
EXEMPLAR_STORY_PAGE = "wagtail_emulation_exemplars.ExemplarStoryPage"


def exemplars_installed():
    return apps.is_installed(EXEMPLARS_APP)


class ExemplarStoryChooserPanel(SubAppPageChooserPanel):
    """A chooser of exemplar story pages."""

    sub_app, sub_app_page_type, default_field_name = EXEMPLARS_APP, EXEMPLAR_STORY_PAGE, "page"
