from dataclasses import dataclass

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from wagtail_emulation.models import VietnameseSlugMixin
from wagtail_emulation.news.models import NewsPage


@dataclass(frozen=True)
class HomeSection:
    """A section of the home page: the section's page and what it lists."""

    page: Page
    items: list
    #: True: an index's newest items (thumbnail, meta line); False: child pages as links.
    listing: bool


class HomePage(VietnameseSlugMixin, Page):
    """The portal's front page: a welcome text, then the latest of each section."""

    shows_reader_feedback = False  # see wagtail_emulation.feedback.switches

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    # One per site (a province runs several on one install), each at the top of the tree.
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def sections(self):
        return self.get_children().live().public().in_menu().specific()

    def home_sections(self):
        """Each section in the menu with what it lists: an index's newest items (less the
        featured article, shown above them) or its first child pages. A section with nothing
        to list is left out, its menu link kept: an empty heading tells a reader nothing (the
        honour board, whose records are not pages, has its own box below)."""
        featured = self.featured_article
        shown = []
        for section in self.sections():
            latest = getattr(section, "latest_items", None)
            items = latest() if latest else ""
            listing = items != ""  # "": records, not pages (see the commendations' pages)
            if listing:
                items = [item for item in items if featured is None or item.pk != featured.pk]
            else:
                items = list(section.get_children().live().public()[:5])
            if items:
                shown.append(HomeSection(section, items, listing))
        return shown

    @cached_property
    def featured_article(self):
        """The newest news article with a picture: the large story at the top of the page."""
        return (
            NewsPage.objects.live()
            .public()
            .descendant_of(self)
            .filter(image__isnull=False)
            .select_related("image")
            .prefetch_related("image__renditions")
            .order_by("-first_published_at", "-pk")
            .first()
        )


class StandardPage(VietnameseSlugMixin, Page):
    """A plain page of text, such as "Giới thiệu" (about the department)."""

    shows_reader_feedback = False  # its template shows none

    body = RichTextField(_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
