"""The admin dashboard panel: drafts closing soon with opinions waiting (moderators only)."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from ..sites import for_user_sites
from .models import DraftPage
from .reminders import closing_soon_with_waiting_opinions


class DraftsClosingPanel(Component):
    name = "consultation_drafts_closing"
    template_name = "wagtail_emulation/consultation/admin/closing_panel.html"
    order = 160

    def get_context_data(self, parent_context):
        listing = reverse("wagtail_emulation_consultation:index")
        mine = for_user_sites(DraftPage.objects.all(), parent_context["request"].user)
        drafts = closing_soon_with_waiting_opinions(drafts=mine)
        return {
            "drafts": [(draft, f"{listing}?status=pending&page={draft.pk}") for draft in drafts]
        }
