"""The leaders' weekly work schedule (lịch công tác): its items, and the page that shows a
week of them with previous / current / next week links and iCalendar feeds."""

import datetime
from urllib.parse import urlencode

from django.db import models
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from ..locale_vi import vn_slugify
from ..models import VietnameseSlugMixin
from ..organisation import Unit
from ..sites import SiteScope, for_site, page_site, site_field
from .conf import app_settings
from .weeks import Week, parse_query_week, parse_route_week

#: The query parameter of the filter by who chairs (a person's slug).
CHAIR_PARAMETER = "chu-tri"

#: What readers see of an item: a change to any of these after publication is an adjustment.
SHOWN_FIELDS = (
    "date",
    "start_time",
    "end_time",
    "content",
    "place",
    "chaired_by",
    "attendees",
    "preparing_unit_id",
    "is_private",
)


class ScheduleItemQuerySet(models.QuerySet):
    def public(self):
        """Items readers may see: a private item never leaves the admin."""
        return self.filter(is_private=False)

    def between(self, first, last):
        return self.filter(date__gte=first, date__lte=last)

    def in_order(self):
        return self.order_by("date", "start_time", "pk")

    def of_site(self, site):
        """Items of ``site`` and those the whole install shares."""
        return for_site(self, site)


class ScheduleItem(models.Model):
    """One meeting, visit or task on a leader's schedule."""

    date = models.DateField(_("date"), db_index=True)
    start_time = models.TimeField(_("start time"))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    content = models.TextField(_("content"))
    place = models.CharField(_("place"), max_length=300, blank=True)
    chaired_by = models.CharField(
        _("chaired by"),
        max_length=200,
        blank=True,
        help_text=_("Who chairs, as readers should read it, e.g. “Giám đốc Nguyễn Văn A”."),
    )
    chair_slug = models.SlugField(max_length=200, blank=True, editable=False, db_index=True)
    attendees = models.TextField(_("attendees"), blank=True)
    preparing_unit = models.ForeignKey(
        Unit,
        verbose_name=_("preparing unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_private = models.BooleanField(
        _("private"),
        default=False,
        help_text=_("A private item stays in the admin: readers and feeds never see it."),
    )
    site = site_field(
        _("The site whose schedule shows it. Empty: every site of the install shows it.")
    )
    first_published_at = models.DateTimeField(
        pgettext_lazy("work schedule item", "first published at"),
        default=timezone.now,
        editable=False,
    )
    updated_at = models.DateTimeField(_("changed at"), default=timezone.now, editable=False)

    objects = ScheduleItemQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("content"),
        FieldPanel("place"),
        MultiFieldPanel(
            [FieldPanel("chaired_by"), FieldPanel("attendees"), FieldPanel("preparing_unit")],
            heading=_("People"),
        ),
        FieldPanel("is_private"),
        FieldPanel("site"),
    ]
    site_scope = SiteScope()

    class Meta:
        ordering = ["-date", "start_time"]
        verbose_name = _("schedule item")
        verbose_name_plural = _("schedule items")
        indexes = [models.Index(fields=["is_private", "date"])]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.start_time:%H:%M} {self.content[:60]}"

    def save(self, *args, **kwargs):
        self.chair_slug = vn_slugify(self.chaired_by)[:200]
        if self.pk is not None:
            stored = ScheduleItem.objects.filter(pk=self.pk).values(*SHOWN_FIELDS).first()
            if stored is None or any(stored[name] != getattr(self, name) for name in SHOWN_FIELDS):
                self.updated_at = timezone.now()
        super().save(*args, **kwargs)

    @property
    def is_adjusted(self):
        """Changed for readers after the grace period that follows its first publication."""
        grace = datetime.timedelta(minutes=app_settings.WORK_SCHEDULE_ADJUSTMENT_GRACE_MINUTES)
        return self.updated_at > self.first_published_at + grace


class WorkSchedulePage(RoutablePageMixin, VietnameseSlugMixin, Page):
    """ "Lịch công tác": one week of the agency's schedule, Monday to Sunday."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    template = "wagtail_emulation/work_schedule/work_schedule_page.html"
    subpage_types = []
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("work schedule")
        verbose_name_plural = _("work schedules")

    @path("", name="index")
    def index_route(self, request):
        requested = request.GET.get("week")
        week = Week.containing(timezone.localdate())
        refused = False
        if requested is not None:
            parsed = parse_query_week(requested)
            if parsed is None:
                refused = True
            else:
                week = parsed
        return self.render_week(request, week, refused=refused)

    @path("tuan/<str:value>/", name="week")
    def week_route(self, request, value):
        week = parse_route_week(value)
        if week is None:
            raise Http404
        return self.render_week(request, week)

    @path("ical/", name="feed")
    def feed_route(self, request):
        return self.feed_response(request, self.public_items(), "lich-cong-tac")

    @path("ical/<slug:chair>/", name="chair_feed")
    def chair_feed_route(self, request, chair):
        items = self.public_items().filter(chair_slug=chair)
        first = items.order_by("-date").values_list("chaired_by", flat=True).first()
        if first is None:
            raise Http404
        return self.feed_response(request, items, f"lich-cong-tac-{chair}", first)

    def feed_response(self, request, items, filename, chair=None):
        from .ical import feed_bytes

        body = feed_bytes(self, request, items, chair)
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
        return response

    def render_week(self, request, week, refused=False):
        today = timezone.localdate()
        chairs = self.chairs()
        # Only a slug the list offers filters: anything else shows everyone's items, and the
        # filter says so beside its field, as every listing filter does with a bad value.
        requested_chair = request.GET.get(CHAIR_PARAMETER, "")
        chair = requested_chair if requested_chair in dict(chairs) else ""
        items = (
            self.public_items()
            .between(week.monday, week.sunday)
            .in_order()
            .select_related("preparing_unit")
        )
        items = list(items.filter(chair_slug=chair) if chair else items)
        by_day = {day: [] for day in week.days}
        for item in items:
            by_day[item.date].append(item)
        context = {
            "week": week,
            "days": [(day, by_day[day]) for day in week.days],
            "item_count": len(items),
            "today": today,
            "current_week": Week.containing(today),
            "previous_week": week.shifted(-1),
            "next_week": week.shifted(1),
            "refused_week": refused,
            "chairs": chairs,
            "chair": chair,
            "refused_chair": bool(requested_chair) and not chair,
            "chair_name": dict(chairs).get(chair, ""),
            "chair_parameter": CHAIR_PARAMETER,
            "chair_query": f"?{urlencode({CHAIR_PARAMETER: chair})}" if chair else "",
        }
        return self.render(request, context_overrides=context)

    def public_items(self):
        """What readers of this page's site see: its items and the shared ones."""
        return ScheduleItem.objects.public().of_site(page_site(self))

    def week_url(self, week):
        return self.url + self.reverse_subpage("week", args=[week.route_value])

    def chairs(self):
        """(slug, name) of who chairs the public items of the last year and the next one,
        for the per-person feeds (one query, whatever the number of items)."""
        today = timezone.localdate()
        rows = (
            self.public_items()
            .between(today - datetime.timedelta(days=366), today + datetime.timedelta(days=366))
            .exclude(chair_slug="")
            .values_list("chair_slug", "chaired_by")
            .order_by("chair_slug", "chaired_by")
            .distinct()
        )
        names = {}
        for slug, name in rows:
            names.setdefault(slug, name)
        return sorted(names.items(), key=lambda pair: pair[1])
