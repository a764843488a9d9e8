"""The garbage collector folds old days into totals: the figures readers see do not change."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from wagtail_emulation.visits.figures import page_view_count, site_figures
from wagtail_emulation.visits.models import (
    PageViewArchive,
    PageViewDaily,
    SiteVisitArchive,
    SiteVisitDaily,
)


def test_collect_folds_old_rows_into_totals(site, page, settings):
    settings.WAGTAIL_EMULATION_VISITS_RETENTION_DAYS = 100
    today = timezone.localdate()
    for age, views in ((0, 5), (99, 7), (101, 11), (400, 13)):
        day = today - timedelta(days=age)
        PageViewDaily.objects.create(site=site, page=page, date=day, views=views)
        SiteVisitDaily.objects.create(site=site, date=day, views=views, visits=views, visitors=1)
    before = (page_view_count(page, site.pk), site_figures(site).total)
    assert before == (36, 36)

    out = StringIO()
    call_command("collect_visits", stdout=out)
    assert "Removed 4 daily row(s)" in out.getvalue()
    assert sorted(PageViewDaily.objects.values_list("views", flat=True)) == [5, 7]
    assert PageViewArchive.objects.get(page=page).views == 24
    archive = SiteVisitArchive.objects.get(site=site)
    assert (archive.views, archive.visits, archive.visitors) == (24, 24, 2)
    assert (page_view_count(page, site.pk), site_figures(site).total) == before

    call_command("collect_visits", "--days", "1", stdout=StringIO())
    assert PageViewArchive.objects.get(page=page).views == 31
    assert (page_view_count(page, site.pk), site_figures(site).total) == before


def test_flush_without_redis_says_what_is_missing(db, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    with pytest.raises(CommandError, match="needs a Redis cache"):
        call_command("flush_visits", stdout=StringIO())
