"""The agency's own pages: its introduction, its organisation (the unit tree and a page per
unit) and its leaders, with the spokesperson and the portal's focal official."""

from functools import cached_property

from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ..absolute_urls import absolute_url
from ..content.metadata import ShownPage, page_description, plain_text
from ..content.structured_data import StructuredPageMixin
from ..models import VietnameseSlugMixin
from ..organisation import Unit
from ..page_fragments import FRAGMENT_NAME, keep_page_render
from ..sites import for_site, page_site
from .directory import AgencyDirectory
from .people import PORTRAIT_SPEC, Person
from .structured import organization_entity

__all__ = ["AgencyIntroPage", "LeadersPage", "OrganisationPage", "PORTRAIT_SPEC", "Person"]


def in_post_on():
    """Today, in the name of a kept part that lists people: who is in post changes at midnight
    (a person's ``left_on``), with no save to make the part stale."""
    return timezone.localdate().isoformat()


class AgencyPage(StructuredPageMixin, VietnameseSlugMixin, Page):
    """What the agency's pages share: the agency they present and its directory."""

    agency = models.ForeignKey(
        Unit,
        verbose_name=_("agency"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The unit at the top of the tree: the agency itself."),
    )

    subpage_types = []
    schema_type = "WebPage"
    content_panels = [*Page.content_panels, FieldPanel("agency")]
    #: No rating or comments on the agency's pages (see ``feedback.switches``).
    shows_reader_feedback = False

    class Meta:
        abstract = True

    @cached_property
    def directory(self):
        # The agency's own row is read only when its name or contacts are shown.
        agency = SimpleLazyObject(lambda: self.agency) if self.agency_id else None
        return AgencyDirectory(agency, self.agency_id)

    def organisation_page(self):
        """The live, public organisation page of the same agency on this page's site (units
        link to it; a shared agency has one on each site)."""
        if isinstance(self, OrganisationPage):
            return self
        pages = OrganisationPage.objects.live().public().filter(agency_id=self.agency_id)
        site = page_site(self)
        return (for_site(pages, site) if site else pages).first()

    def schema_entity(self, shown):
        entity = {"@type": self.schema_type, "name": shown.title, "url": shown.url}
        if shown.description:
            entity["description"] = shown.description
        if self.agency_id:
            chart = self.organisation_page()
            chart_url = chart.get_full_url() if chart else None

            def unit_url(unit):
                return chart_url + chart.reverse_subpage("unit", args=[unit.slug])

            entity["mainEntity"] = organization_entity(
                self.directory, absolute_url("/", page=self), unit_url if chart_url else None
            )
        return entity

    def shown_description(self, request=None):
        """The description names the agency's units or leaders (four queries): kept with the
        page's other parts, which go stale when a unit, a person or an image changes."""
        return keep_page_render(
            FRAGMENT_NAME, request, self, f"description-{in_post_on()}", self.meta_description
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Its parts read the database only when used: a kept render ({% page_fragment %})
        # reads none.
        context["directory"] = self.directory
        context["in_post_on"] = in_post_on()
        return context


class AgencyIntroPage(AgencyPage):
    """ "Giới thiệu chung": history, functions, duties and powers, and their legal basis."""

    history = RichTextField(_("history"), blank=True)
    functions = RichTextField(
        _("functions, duties and powers"),
        blank=True,
        help_text=_("Empty: the agency unit's own functions are shown."),
    )
    legal_basis = RichTextField(
        _("legal basis"),
        blank=True,
        help_text=_("The texts that set the functions, e.g. the province's decision."),
    )

    template = "wagtail_emulation/agency/agency_intro_page.html"
    schema_type = "AboutPage"
    search_fields = [
        *Page.search_fields,
        index.SearchField("history"),
        index.SearchField("functions"),
        index.SearchField("legal_basis"),
    ]
    content_panels = [
        *AgencyPage.content_panels,
        FieldPanel("history"),
        FieldPanel("functions"),
        FieldPanel("legal_basis"),
    ]

    class Meta:
        verbose_name = _("agency introduction")
        verbose_name_plural = _("agency introductions")

    def meta_description(self):
        return page_description(
            self.search_description, plain_text(self.functions), plain_text(self.history)
        )

    def shown_functions(self):
        return self.functions or (self.agency.shown_functions if self.agency_id else "")


class OrganisationPage(RoutablePageMixin, AgencyPage):
    """ "Cơ cấu tổ chức": the unit tree as a nested list and a chart, and a page per unit."""

    template = "wagtail_emulation/agency/organisation_page.html"

    class Meta:
        verbose_name = _("organisation chart")
        verbose_name_plural = _("organisation charts")

    def meta_description(self):
        """Its own search description, else the agency and the units it shows."""
        units = ", ".join(node.unit.shown_name for node in self.directory.nodes[1:])
        summary = (
            _("The organisation of %(agency)s: %(units)s.")
            % {"agency": self.agency.shown_name, "units": units}
            if units
            else ""
        )
        return page_description(self.search_description, summary)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if base and self.agency_id:
            # The unit pages change when the chart is published again.
            urls += [
                {
                    "location": base + self.reverse_subpage("unit", args=[node.unit.slug]),
                    "lastmod": self.last_published_at or self.latest_revision_created_at,
                }
                for node in self.directory.nodes[1:]
            ]
        return urls

    @path("", name="index")
    def index_route(self, request):
        return self.render(request)

    @path("<slug:unit_slug>/", name="unit")
    def unit_route(self, request, unit_slug):
        node = self.directory.units_by_slug.get(unit_slug)
        if node is None or node.unit.pk == self.agency_id:
            raise Http404
        unit = node.unit
        shown = ShownPage(
            title=unit.shown_name,
            url=self.get_full_url(request) + self.reverse_subpage("unit", args=[unit.slug]),
            description=page_description(plain_text(unit.shown_functions)),
            schema_type="WebPage",
        )
        return self.render(
            request,
            template="wagtail_emulation/agency/unit_page.html",
            context_overrides={
                "node": node,
                "unit": unit,
                # Its parent, unless that is the agency (the page's own subject).
                "parent": self.directory.units_by_pk.get(unit.parent_id)
                if unit.parent_id != self.agency_id
                else None,
                # Called by the template only when its kept part is rendered again.
                "heads": lambda: self.directory.heads_of(unit),
                "deputies": lambda: self.directory.deputies_of(unit),
                "shown_page": shown,
                # The unit's address alone sets its JSON-LD: kept per path.
                "structured_data_per_path": True,
            },
        )


class LeadersPage(AgencyPage):
    """ "Lãnh đạo": the head and deputies of the agency, then its spokesperson and the
    portal's focal official."""

    template = "wagtail_emulation/agency/leaders_page.html"

    class Meta:
        verbose_name = _("leaders of the agency")
        verbose_name_plural = _("leaders of the agency")

    def meta_description(self):
        """Its own search description, else who leads the agency."""
        if not self.agency_id:
            return page_description(self.search_description)
        leaders = [
            *self.directory.heads_of(self.agency),
            *self.directory.deputies_of(self.agency),
        ]
        names = "; ".join(f"{person.full_name} – {person.shown_position}" for person in leaders)
        summary = (
            _("The leaders of %(agency)s: %(names)s.")
            % {"agency": self.agency.shown_name, "names": names}
            if names
            else ""
        )
        return page_description(self.search_description, summary)
