"""The admin dashboard panel: how many comments wait for moderation (moderators only)."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from ..sites import for_user_sites
from .models import ReaderComment


class CommentsWaitingPanel(Component):
    name = "reader_comments_waiting"
    template_name = "wagtail_emulation/comments/admin/waiting_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        pending = ReaderComment.objects.filter(status=ReaderComment.Status.PENDING)
        waiting = for_user_sites(pending, parent_context["request"].user).count()
        listing = reverse("wagtail_emulation_comments:index")
        return {"waiting": waiting, "listing_url": f"{listing}?status=pending"}
