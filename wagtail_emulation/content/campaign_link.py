"""The optional link from a page to the emulation campaign it belongs to.

News and exemplar stories (and a host's page types) take the mixin; the campaign's page lists
the live pages that link to it, one list per linking page type. The field points at any page,
so the linking apps never import the campaigns app; its chooser offers campaign pages when the
campaigns app is installed and is left out of the editor when it is not.
"""

import swapper
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import get_page_models

from .sub_app_pages import SubAppPageChooserPanel

CAMPAIGNS_APP = "wagtail_emulation.campaigns"
CAMPAIGN_PAGE = "wagtail_emulation_campaigns.CampaignPage"


class CampaignLinkMixin(models.Model):
    campaign = models.ForeignKey(
        swapper.get_model_name("wagtailcore", "Page"),
        verbose_name=_("campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The emulation campaign this page belongs to; it then appears on its page."),
    )

    #: The heading of this page type's list on the campaign's page.
    campaign_list_heading = _("Pages about this campaign")
    #: Where that list stands among the others (lowest first), and how many it shows at most.
    campaign_list_order = 100
    campaign_list_size = None

    class Meta:
        abstract = True


class CampaignChooserPanel(SubAppPageChooserPanel):
    """The campaign chooser: campaign pages only, and no field at all without the campaigns app."""

    sub_app, sub_app_page_type, default_field_name = CAMPAIGNS_APP, CAMPAIGN_PAGE, "campaign"


def campaign_lists(campaign):
    """``[(heading, pages)]``: the live, public pages of each linking type, newest first."""
    if campaign.pk is None:  # the preview of a campaign never saved: nothing links to it yet
        return []
    linking = sorted(
        (model for model in get_page_models() if issubclass(model, CampaignLinkMixin)),
        key=lambda model: (model.campaign_list_order, model._meta.label),
    )
    lists = []
    for model in linking:
        pages = model.objects.live().public().filter(campaign=campaign)
        pages = pages.order_by("-first_published_at", "-pk")[: model.campaign_list_size]
        lists.append((model.campaign_list_heading, pages))
    return lists
