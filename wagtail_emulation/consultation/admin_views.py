"""The "Thống kê ý kiến" admin screen: opinions per draft, and for one draft per article and
per day, with the share accepted."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..moderation import ModerationPermissionPolicy
from ..sites import for_user_sites
from .models import DraftOpinion, DraftPage
from .statistics import draft_figures, per_article, per_day


class OpinionStatisticsView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Statistics of opinions")
    header_icon = "table"
    template_name = "wagtail_emulation/consultation/admin/statistics.html"

    def dispatch(self, request, *args, **kwargs):
        policy = ModerationPermissionPolicy(DraftOpinion)
        if not policy.user_has_permission(request.user, "moderate"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        drafts = for_user_sites(DraftPage.objects.all(), self.request.user)
        context["figures"] = draft_figures(drafts)
        draft_id = self.request.GET.get("draft", "")
        if draft_id.isdigit():
            draft = drafts.filter(pk=int(draft_id)).first()
            if draft is None:
                raise Http404
            context.update(draft=draft, per_article=per_article(draft), per_day=per_day(draft))
        return context
