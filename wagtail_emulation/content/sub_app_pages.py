"""Choosing a page of another sub-app without importing it.

A link from one sub-app to another's pages is a foreign key to ``wagtailcore.Page``; its
chooser offers the other sub-app's page type when that sub-app is installed and, when it is
not, contributes no form field at all, so the panel is left out of the editor.
"""

from django.apps import apps
from wagtail.admin.panels import PageChooserPanel


class SubAppPageChooserPanel(PageChooserPanel):
    #: The sub-app (``"wagtail_emulation.campaigns"``) and its page type (``"app_label.Model"``).
    sub_app = None
    sub_app_page_type = None
    default_field_name = None

    def __init__(self, field_name=None, **kwargs):
        kwargs.setdefault("page_type", self.sub_app_page_type)
        super().__init__(field_name or self.default_field_name, **kwargs)

    def get_form_options(self):
        return super().get_form_options() if apps.is_installed(self.sub_app) else {}
