"""The province's visit statistics: one row per site and the total, for the users who see
every site (superusers and province-level groups, whose page permissions sit on the tree's
root), in a fixed number of queries whatever the number of sites."""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import GroupPagePermission, Site

from .dashboard import ADMIN_CSS
from .models import SiteVisitArchive, SiteVisitDaily

RECENT_DAYS = 30


def sees_every_site(user):
    """A superuser, or a member of a group holding a permission on the page tree's root."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    return GroupPagePermission.objects.filter(group__user=user, page__depth=1).exists()


@dataclass
class SiteFigures:
    name: str
    root_url: str
    recent_views: int = 0
    recent_visits: int = 0
    views: int = 0
    visits: int = 0


def _sums(queryset):
    rows = queryset.values("site_id").annotate(v=Sum("views"), s=Sum("visits")).order_by()
    return {row["site_id"]: (row["v"] or 0, row["s"] or 0) for row in rows}


def province_figures(today=None):
    """``(rows, total)``: each site's views and visits of the last 30 days and of all time."""
    today = today or timezone.localdate()
    since = today - timedelta(days=RECENT_DAYS - 1)
    recent = _sums(SiteVisitDaily.objects.filter(date__gte=since, date__lte=today))
    daily = _sums(SiteVisitDaily.objects.all())
    archived = _sums(SiteVisitArchive.objects.all())
    rows = []
    for site in Site.objects.order_by("-is_default_site", "site_name", "hostname"):
        recent_views, recent_visits = recent.get(site.pk, (0, 0))
        daily_views, daily_visits = daily.get(site.pk, (0, 0))
        archived_views, archived_visits = archived.get(site.pk, (0, 0))
        rows.append(
            SiteFigures(
                name=site.site_name or site.hostname,
                root_url=site.root_url,
                recent_views=recent_views,
                recent_visits=recent_visits,
                views=daily_views + archived_views,
                visits=daily_visits + archived_visits,
            )
        )
    total = SiteFigures(
        name=_("Whole province"),
        root_url="",
        recent_views=sum(row.recent_views for row in rows),
        recent_visits=sum(row.recent_visits for row in rows),
        views=sum(row.views for row in rows),
        visits=sum(row.visits for row in rows),
    )
    return rows, total


class ProvinceVisitsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "wagtail_emulation/visits/admin/province_visits.html"
    page_title = _("Visits by site")
    header_icon = "view"

    def dispatch(self, request, *args, **kwargs):
        if not sees_every_site(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"], context["total"] = province_figures()
        context["recent_days"] = RECENT_DAYS
        context["admin_css"] = ADMIN_CSS
        return context
