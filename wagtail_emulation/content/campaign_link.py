"""The optional link from a page to the emulation campaign it belongs to.

News and exemplar stories (and a host's page types) take the mixin; the campaign's page lists
the live pages that link to it, one list per linking page type. The field points at any page,
so the linking apps never import the campaigns app; its chooser offers campaign pages when the
campaigns app is installed and is left out of the editor when it is not.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .sub_app_pages import SubAppPageChooserPanel, linking_page_lists, optional_page_link

CAMPAIGNS_APP = "wagtail_emulation.campaigns"
CAMPAIGN_PAGE = "wagtail_emulation_campaigns.CampaignPage"


class CampaignLinkMixin(models.Model):
    campaign = optional_page_link(
        _("campaign"),
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
    return linking_page_lists(campaign, CampaignLinkMixin, "campaign")
