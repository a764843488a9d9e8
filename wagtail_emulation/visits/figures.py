"""The figures readers and editors see: stored rows + buffered counts + online now.

Every function here is safe to call while rendering: it reads, never writes to the database,
and when Redis is unreachable it logs and returns what the database holds.
"""

import time
from dataclasses import asdict, dataclass, field
from datetime import timedelta

from django.db.models import Q, Sum
from django.utils import timezone

from ..faults import log_fault
from ..fragments import kept_value
from ..site_settings import read_site_setting
from .buffer import pending_counts
from .conf import app_settings
from .models import PageViewArchive, PageViewDaily, SiteVisitArchive, SiteVisitDaily, VisitSettings
from .stores import visit_store


@dataclass
class SiteFigures:
    online: int = 0
    today: int = 0
    yesterday: int = 0
    month: int = 0
    total: int = 0

    def as_dict(self):
        return asdict(self)


@dataclass
class DayFigures:
    date: object
    views: int = 0
    visits: int = 0
    visitors: int = 0


@dataclass
class SiteHistory:
    days: list = field(default_factory=list)

    @property
    def today(self):
        return self.days[-1] if self.days else None


def _pending(field_names):
    try:
        return pending_counts(field_names)
    except Exception:  # logged (rate-limited) by the store's guard
        return {}


def online_now(site_id):
    try:
        return int(visit_store().online(site_id, time.time()))
    except Exception:  # the figure is left out rather than the page
        log_fault("visits online", "Visit statistics: cache unreachable, online now unknown.")
        return 0


def site_figures(site):
    """Online now, visits today, yesterday, this month and in total (with the offset)."""
    today = timezone.localdate()
    yesterday = today - timedelta(days=1)
    month_start = today.replace(day=1)
    stored = SiteVisitDaily.objects.filter(site=site).aggregate(
        today=Sum("visits", filter=Q(date=today)),
        yesterday=Sum("visits", filter=Q(date=yesterday)),
        month=Sum("visits", filter=Q(date__gte=month_start)),
        total=Sum("visits"),
    )
    archived = (
        SiteVisitArchive.objects.filter(site=site).values_list("visits", flat=True).first() or 0
    )
    offset = read_site_setting(VisitSettings, site=site).total_offset
    month_days = [month_start + timedelta(days=n) for n in range((today - month_start).days + 1)]
    day_fields = {day: f"s:{site.pk}:{day.isoformat()}:visits" for day in {*month_days, yesterday}}
    total_field = f"t:{site.pk}:visits"
    pending = _pending([*day_fields.values(), total_field])
    pending_day = {day: pending.get(name, 0) for day, name in day_fields.items()}
    return SiteFigures(
        online=online_now(site.pk),
        today=(stored["today"] or 0) + pending_day[today],
        yesterday=(stored["yesterday"] or 0) + pending_day[yesterday],
        month=(stored["month"] or 0) + sum(pending_day[day] for day in month_days),
        total=(stored["total"] or 0) + archived + offset + pending.get(total_field, 0),
    )


def site_history(site, days=30):
    """Views, visits and visitors of each of the last ``days`` days, oldest first."""
    today = timezone.localdate()
    dates = [today - timedelta(days=n) for n in range(days - 1, -1, -1)]
    rows = {row.date: row for row in SiteVisitDaily.objects.filter(site=site, date__gte=dates[0])}
    names = {
        (day, figure): f"s:{site.pk}:{day.isoformat()}:{figure}"
        for day in dates[-2:]  # only the last two days can still be in the buffer
        for figure in ("views", "visits", "visitors")
    }
    pending = _pending(names.values())
    history = SiteHistory()
    for day in dates:
        row = rows.get(day)
        figures = DayFigures(date=day)
        for figure in ("views", "visits", "visitors"):
            stored = getattr(row, figure) if row else 0
            setattr(figures, figure, stored + pending.get(names.get((day, figure)), 0))
        history.days.append(figures)
    return history


def page_view_count(page, site_id):
    """Every view of ``page`` (archived, daily and buffered)."""
    stored = PageViewDaily.objects.filter(page_id=page.pk).aggregate(views=Sum("views"))["views"]
    archived = PageViewArchive.objects.filter(page_id=page.pk).values_list("views", flat=True)
    pending_field = f"t:{site_id}:{page.pk}"
    pending = _pending([pending_field]).get(pending_field, 0)
    return (stored or 0) + (archived.first() or 0) + pending


def page_history(page, days=30):
    today = timezone.localdate()
    start = today - timedelta(days=days - 1)
    views = dict(
        PageViewDaily.objects.filter(page_id=page.pk, date__gte=start).values_list("date", "views")
    )
    return [
        (start + timedelta(days=n), views.get(start + timedelta(days=n), 0)) for n in range(days)
    ]


def most_viewed(site, days=7, limit=5):
    """[(page_id, views)] of the site's most viewed pages over the last ``days`` stored days."""
    since = timezone.localdate() - timedelta(days=days - 1)
    return list(
        PageViewDaily.objects.filter(site=site, date__gte=since)
        .values("page_id")
        .annotate(total=Sum("views"))
        .order_by("-total", "page_id")
        .values_list("page_id", "total")[:limit]
    )


def snapshot(key, compute, request=None):
    """``compute()``, reused for ``VISITS_SNAPSHOT_SECONDS`` by every process and reader (read
    with the request's kept fragments when given one).

    Server-rendered figures are a snapshot, so the cached HTML of a page is the same for every
    reader; live figures come from the state endpoint.
    """
    cache_key = f"wagtail_emulation:visits:snapshot:{key}"
    timeout = int(app_settings.VISITS_SNAPSHOT_SECONDS)
    return kept_value(cache_key, compute, timeout, "visit statistics", request)
