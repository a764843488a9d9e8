"""Visit statistics for the demo: plausible figures for the last 30 days (not today, which
the demo's own readers count) and the total carried over from the "old portal"."""

import random
from datetime import timedelta

from django.utils import timezone
from wagtail.models import Site

from wagtail_emulation.visits.models import PageViewDaily, SiteVisitDaily, VisitSettings

DAYS = 30
OLD_PORTAL_TOTAL = 2_150_000


def _day_figures(day, page_ids):
    """Page views of ``day`` for each page: fewer at weekends, the home page most viewed."""
    rng = random.Random(day.toordinal())  # noqa: S311 - sample figures, the same on every load
    weekend = day.weekday() >= 5
    views = {}
    for rank, page_id in enumerate(page_ids):
        base = 400 if rank == 0 else max(5, 120 // (rank + 1))
        views[page_id] = int(base * (0.45 if weekend else 1) * rng.uniform(0.7, 1.3))
    return views


def build(home):
    site = Site.objects.filter(root_page=home).first()
    if site is None:
        return
    visit_settings = VisitSettings.for_site(site)
    if not visit_settings.total_offset:
        visit_settings.total_offset = OLD_PORTAL_TOTAL
        visit_settings.save()
    today = timezone.localdate()
    page_ids = list(
        home.get_descendants(inclusive=True)
        .live()
        .order_by("depth", "path")
        .values_list("pk", flat=True)
    )
    done = set(
        SiteVisitDaily.objects.filter(
            site=site, date__gte=today - timedelta(days=DAYS)
        ).values_list("date", flat=True)
    )
    for offset in range(DAYS, 0, -1):
        day = today - timedelta(days=offset)
        if day in done:
            continue
        views = _day_figures(day, page_ids)
        PageViewDaily.objects.bulk_create(
            [
                PageViewDaily(site=site, page_id=page_id, date=day, views=count)
                for page_id, count in views.items()
            ],
            ignore_conflicts=True,
        )
        total_views = sum(views.values())
        SiteVisitDaily.objects.create(
            site=site,
            date=day,
            views=total_views,
            visits=total_views * 10 // 23,
            visitors=total_views * 10 // 31,
        )
