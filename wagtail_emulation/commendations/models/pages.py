"""The public pages of the cycle: the decisions register, the honour board and the
registration table. Each lists records (snippets), not child pages."""

from datetime import datetime, time

from django.db.models import Prefetch, Sum
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.images import get_image_model
from wagtail.models import Page

from ...content.metadata import ShownPage, page_description
from ...content.pages import ContentIndexPage
from ...content.routes import serve_route
from ...organisation import Unit
from ...sites import for_site, page_site
from .catalogue import Award
from .decisions import HONOUR_PHOTO_SPEC, Decision, DecisionRecipient, DecisionStatus
from .organisation import EmulationCluster
from .registrations import Registration, RegistrationRound


def listed_decisions(site):
    """The decisions ``site`` lists (its own and the shared ones) with what a list row shows,
    in one query (plus one for recipients)."""
    decisions = Decision.objects.select_related("award", "document", "revoked_by")
    return for_site(decisions, site).order_by("-date", "-pk")


def with_recipients(decisions):
    """Prefetch the recipients (and their units) of a page of decisions: one more query."""
    recipients = DecisionRecipient.objects.select_related("unit").order_by("sort_order", "pk")
    return decisions.prefetch_related(Prefetch("recipients", queryset=recipients))


def listed_recipients(site):
    """Recipients of ``site``'s decisions in force, newest decision first, with what the
    board shows."""
    photos = get_image_model().objects.prefetch_renditions(HONOUR_PHOTO_SPEC)
    decisions = for_site(Decision.objects.filter(status=DecisionStatus.IN_FORCE), site)
    return (
        DecisionRecipient.objects.filter(decision__in=decisions)
        .select_related("decision", "decision__award", "unit")
        .prefetch_related(Prefetch("photo", queryset=photos))
        .order_by("-decision__date", "-decision_id", "sort_order", "pk")
    )


class DecisionIndexPage(RoutablePageMixin, ContentIndexPage):
    """The register of commendation decisions: filterable, paged, each with its own page and
    an RSS feed of the same filter."""

    section_title = pgettext_lazy("standard section", "Commendation decisions")

    # Notices of candidates often sit in the register's section.
    subpage_types = ["wagtail_emulation_commendations.CandidateNoticePage"]
    template = "wagtail_emulation/commendations/decision_index_page.html"
    filter_form = "wagtail_emulation.commendations.forms.DecisionFilterForm"

    class Meta:
        verbose_name = _("register of commendation decisions")
        verbose_name_plural = _("registers of commendation decisions")

    def listed_pages(self):
        return listed_decisions(page_site(self))

    def latest_items(self, limit=5):
        """Nothing: its items are records, not pages, so a home page lists its child pages
        (the register's notices) instead."""
        return ""

    def listing_context(self, request, decisions):
        context = super().listing_context(request, decisions)
        items = context["items"]
        # The page's rows only, with their recipients: two queries whatever the register holds.
        items.object_list = list(with_recipients(items.object_list))
        query = request.GET.copy()
        query.pop("page", None)
        context["feed_query"] = query.urlencode()
        return context

    def get_sitemap_urls(self, request=None):
        """The register, then every decision's own page."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if base:
            # A decision does not change once signed (a revocation is another decision): its
            # date is when its page last changed in substance.
            decisions = self.listed_pages().values_list("pk", "date")
            zone = timezone.get_current_timezone()  # pages' lastmod values are datetimes
            urls += [
                {
                    "location": base + self.reverse_subpage("decision", args=[pk]),
                    "lastmod": datetime.combine(day, time.min, tzinfo=zone),
                }
                for pk, day in decisions
            ]
        return urls

    @path("", name="index")
    def index_route(self, request):
        return self.render(request)

    @path("<int:decision_id>/", name="decision")
    def decision_route(self, request, decision_id):
        decision = get_object_or_404(
            with_recipients(self.listed_pages()).prefetch_related("revoked_decisions"),
            pk=decision_id,
        )
        # The decision's own address, title and summary, not the register's.
        shown = ShownPage(
            title=_("Decision No. %(number)s") % {"number": decision.number},
            url=self.get_full_url(request) + self.reverse_subpage("decision", args=[decision.pk]),
            description=page_description(decision.summary, decision.award_text),
            schema_type="WebPage",
        )
        return self.render(
            request,
            template="wagtail_emulation/commendations/decision_page.html",
            context_overrides={"decision": decision, "shown_page": shown},
        )

    @path("rss/", name="feed")
    def feed_route(self, request):
        return serve_route("wagtail_emulation.commendations.routes.decision_feed", self, request)


class HonourBoardPage(ContentIndexPage):
    """The honour board (bảng vàng): recipients of decisions in force, by year, title, unit."""

    subpage_types = []
    template = "wagtail_emulation/commendations/honour_board_page.html"
    filter_form = "wagtail_emulation.commendations.forms.HonourBoardFilterForm"

    class Meta:
        verbose_name = _("honour board")
        verbose_name_plural = _("honour boards")

    def listed_pages(self):
        return listed_recipients(page_site(self))

    def latest_items(self, limit=5):
        """Nothing: its items are records, not pages, so a home page lists its child pages
        (the register's notices) instead."""
        return ""


class RegistrationTablePage(ContentIndexPage):
    """The registrations of a round as a table: titles × units (or clusters), with counts."""

    subpage_types = []
    template = "wagtail_emulation/commendations/registration_table_page.html"
    filter_form = "wagtail_emulation.commendations.forms.RegistrationFilterForm"
    settings_panels = [*Page.settings_panels]

    class Meta:
        verbose_name = _("registration table")
        verbose_name_plural = _("registration tables")

    def listed_pages(self):
        return for_site(RegistrationRound.objects.all(), page_site(self))

    def latest_items(self, limit=5):
        """Nothing: its items are records, not pages, so a home page lists its child pages
        (the register's notices) instead."""
        return ""

    def get_context(self, request, *args, **kwargs):
        context = Page.get_context(self, request, *args, **kwargs)
        form = import_string(self.filter_form)(request.GET or None, index_page=self)
        emulation_round, by_cluster = form.chosen()
        context.update(
            filter_form=form,
            listing_url=request.path,
            round=emulation_round,
            table=registration_table(emulation_round, by_cluster) if emulation_round else None,
            shown_page=self.shown_listing(request, form),
        )
        return context


def registration_table(emulation_round, by_cluster=False):
    """``{"columns": [award…], "rows": [(label, [count…], total, pact)…], "totals": […],
    "total": n}`` for one round, in three queries (the sums, the titles, the rows' names)."""
    group = "unit__emulation_membership__cluster" if by_cluster else "unit"
    sums = (
        Registration.objects.filter(round=emulation_round)
        .values(group, "award")
        .annotate(total=Sum("count"))
        .order_by()
    )
    cells, award_ids, group_ids = {}, set(), set()
    for row in sums:
        cells[row[group], row["award"]] = row["total"]
        award_ids.add(row["award"])
        group_ids.add(row[group])
    awards = list(Award.objects.filter(pk__in=award_ids))
    ids = [g for g in group_ids if g is not None]
    if by_cluster:
        groups = list(EmulationCluster.objects.filter(pk__in=ids).select_related("pact"))
    else:
        groups = list(Unit.objects.filter(pk__in=ids))
    # (key, label, the cluster's signed pact or None)
    labels = [(each.pk, str(each), getattr(each, "pact", None)) for each in groups]
    if None in group_ids:
        labels.append((None, str(_("Units outside any cluster")), None))
    rows = []
    for key, label, pact in labels:
        counts = [cells.get((key, award.pk), 0) for award in awards]
        rows.append((label, counts, sum(counts), pact))
    totals = [sum(cells.get((key, award.pk), 0) for key, *_rest in labels) for award in awards]
    return {"columns": awards, "rows": rows, "totals": totals, "total": sum(totals)}
