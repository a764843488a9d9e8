"""Aggregates only: views per page and day, visits and visitors per site and day.

Nothing here identifies a reader. Daily rows follow Wagtail's ``QueryDailyHits`` pattern (one
row per key and date, incremented atomically, see :mod:`.aggregates`); the garbage collector
folds rows older than the retention setting into the ``*Archive`` totals, so "Lượt xem" and
"Tổng" never go down.
"""

import swapper
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from ..sites import PageScope

PAGE_MODEL = swapper.get_model_name("wagtailcore", "Page")


class PageViewDaily(models.Model):
    page = models.ForeignKey(PAGE_MODEL, on_delete=models.CASCADE, related_name="daily_views")
    # The site the views were counted on: reports per site need no tree query.
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    date = models.DateField(_("date"))
    views = models.PositiveIntegerField(_("views"), default=0)

    #: How a row knows its site: admin lists keep each editor to theirs (core `sites`).
    site_scope = PageScope("page")

    class Meta:
        verbose_name = _("page views per day")
        verbose_name_plural = _("page views per day")
        constraints = [
            models.UniqueConstraint(fields=["page", "date"], name="visits_page_view_daily_unique")
        ]
        indexes = [models.Index(fields=["site", "date"], name="visits_pvd_site_date")]

    def __str__(self):
        return f"{self.page_id} {self.date}: {self.views}"


class SiteVisitDaily(models.Model):
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    date = models.DateField(_("date"))
    views = models.PositiveIntegerField(_("page views"), default=0)
    visits = models.PositiveIntegerField(_("visits"), default=0)
    # Distinct visitors of that day (visitor hashes change daily, so days do not add up to
    # distinct visitors of a month).
    visitors = models.PositiveIntegerField(_("visitors"), default=0)

    class Meta:
        verbose_name = _("site visits per day")
        verbose_name_plural = _("site visits per day")
        constraints = [
            models.UniqueConstraint(fields=["site", "date"], name="visits_site_visit_daily_unique")
        ]

    def __str__(self):
        return f"{self.site_id} {self.date}: {self.visits}"


class PageViewArchive(models.Model):
    """Views of a page on days the garbage collector has removed."""

    page = models.OneToOneField(PAGE_MODEL, on_delete=models.CASCADE, related_name="+")
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    views = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"{self.page_id}: {self.views}"


class SiteVisitArchive(models.Model):
    """A site's figures on days the garbage collector has removed."""

    site = models.OneToOneField("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    views = models.PositiveBigIntegerField(default=0)
    visits = models.PositiveBigIntegerField(default=0)
    visitors = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"{self.site_id}: {self.visits}"


class VisitFlush(models.Model):
    """A buffered batch already folded into the daily rows (makes a re-run a no-op)."""

    flush_id = models.CharField(max_length=64, unique=True)
    applied_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self):
        return self.flush_id


@register_setting(icon="view")
class VisitSettings(BaseSiteSetting):
    total_offset = models.PositiveBigIntegerField(
        _("visits before this portal"),
        default=0,
        help_text=_(
            'Added to the "Total" figure: the count carried over from the previous portal.'
        ),
    )
    show_page_views = models.BooleanField(
        _('show "Views" under pages'),
        default=True,
        help_text=_("How many times each page was viewed, shown with the reader feedback."),
    )

    panels = [FieldPanel("total_offset"), FieldPanel("show_page_views")]

    class Meta:
        verbose_name = _("Visit statistics")
        verbose_name_plural = _("Visit statistics")
