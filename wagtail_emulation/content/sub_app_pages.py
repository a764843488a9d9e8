"""Choosing a page of another sub-app without importing it, and listing who chose it.

A link from one sub-app to another's pages is a foreign key to ``wagtailcore.Page``; its
chooser offers the other sub-app's page type when that sub-app is installed and, when it is
not, contributes no form field at all, so the panel is left out of the editor. The chosen
page lists the pages linking to it, one list per page type (:func:`linking_page_lists`).
"""

import swapper
from django.apps import apps
from django.db import models
from wagtail.admin.panels import PageChooserPanel
from wagtail.models import get_page_models

from ..sites import for_site, page_site


def optional_page_link(verbose_name, help_text):
    """An optional foreign key to any page (another sub-app's, chosen with a subclass of
    :class:`SubAppPageChooserPanel`); deleting that page empties it."""
    return models.ForeignKey(
        swapper.get_model_name("wagtailcore", "Page"),
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


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


def linking_page_lists(page, link_mixin, field_name):
    """``[(heading, pages)]``: for each page type with ``link_mixin``, its live, public pages
    of ``page``'s own site whose ``field_name`` is ``page``, newest first (another site's
    pages linking to it stay on that site).

    Each type says how through ``<field_name>_list_heading``, ``<field_name>_list_order``
    (lowest first) and ``<field_name>_list_size`` (at most that many; ``None``: all).
    """
    if page.pk is None:  # the preview of a page never saved: nothing links to it yet
        return []

    def setting(model, name):
        return getattr(model, f"{field_name}_list_{name}")

    linking = sorted(
        (model for model in get_page_models() if issubclass(model, link_mixin)),
        key=lambda model: (setting(model, "order"), model._meta.label),
    )
    site = page_site(page)
    lists = []
    for model in linking:
        pages = model.objects.live().public().filter(**{field_name: page})
        if site is not None:
            pages = for_site(pages, site)
        pages = pages.order_by("-first_published_at", "-pk")[: setting(model, "size")]
        lists.append((setting(model, "heading"), pages))
    return lists
