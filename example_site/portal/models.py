from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from wagtail_emulation.models import VietnameseSlugMixin
from wagtail_emulation.news.models import NewsPage


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
