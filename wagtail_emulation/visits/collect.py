"""The garbage collector: daily rows older than the retention are folded into totals."""

from datetime import timedelta

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from .aggregates import increment
from .conf import app_settings
from .models import PageViewArchive, PageViewDaily, SiteVisitArchive, SiteVisitDaily, VisitFlush


@transaction.atomic
def collect_old_rows(retention_days=None):
    """Fold and delete rows older than ``retention_days``; returns how many were removed.

    One transaction: the totals grow by exactly what is deleted, so "Tổng" and "Lượt xem"
    never change when old days are collected.
    """
    days = int(retention_days if retention_days is not None else app_settings.VISITS_RETENTION_DAYS)
    cutoff = timezone.localdate() - timedelta(days=days)
    old_pages = PageViewDaily.objects.filter(date__lt=cutoff)
    for row in old_pages.values("page_id", "site_id").annotate(total=Sum("views")):
        increment(
            PageViewArchive, {"page_id": row["page_id"]}, {"views": row["total"]},
            site_id=row["site_id"],
        )  # fmt: skip
    old_sites = SiteVisitDaily.objects.filter(date__lt=cutoff)
    sums = old_sites.values("site_id").annotate(
        views_sum=Sum("views"), visits_sum=Sum("visits"), visitors_sum=Sum("visitors")
    )
    for row in sums:
        increment(
            SiteVisitArchive,
            {"site_id": row["site_id"]},
            {
                "views": row["views_sum"],
                "visits": row["visits_sum"],
                "visitors": row["visitors_sum"],
            },
        )
    pages_deleted, _ = old_pages.delete()
    sites_deleted, _ = old_sites.delete()
    # Flush records only guard against re-applying a batch still in Redis (minutes old).
    VisitFlush.objects.filter(applied_at__lt=timezone.now() - timedelta(days=7)).delete()
    return pages_deleted + sites_deleted
