"""The search index (one row per live page, any page type) and the HTML site map page."""

from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ..models import VietnameseSlugMixin
from .fields import TermVectorField


class SearchEntry(models.Model):
    """What the public search knows of one live page, folded for accent-insensitive matching.

    ``title`` and ``text`` keep the page's words as written (for the result's excerpt and
    highlighting). The term columns hold folded and marked terms
    (:mod:`.folding`) for SQLite and other databases; on PostgreSQL they stay empty and
    ``vector`` (a ``tsvector`` with a GIN index) holds the same terms, weighted by field.
    """

    page = models.OneToOneField(Page, on_delete=models.CASCADE, primary_key=True, related_name="+")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    #: A copy of the page's tree path: site, section and privacy are path prefixes.
    path = models.CharField(max_length=255, db_index=True)
    published_at = models.DateTimeField(null=True, db_index=True)
    title = models.CharField(max_length=255)
    text = models.TextField(blank=True)
    title_terms = models.TextField(blank=True)
    key_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    vector = TermVectorField()

    class Meta:
        verbose_name = _("search index entry")
        verbose_name_plural = _("search index entries")

    def __str__(self):
        return self.title


class SiteMapPage(VietnameseSlugMixin, Page):
    """ "Sơ đồ trang": the site's pages as nested lists, placed wherever an editor wants it."""

    shows_reader_feedback = False  # see feedback.switches

    intro = RichTextField(_("introduction"), blank=True)
    levels = models.PositiveSmallIntegerField(
        _("levels shown"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(6)],
        help_text=_("How many levels of pages below the home page the map shows (1 to 6)."),
    )
    menu_pages_only = models.BooleanField(
        _("only pages shown in menus"),
        default=True,
        help_text=_(
            "Below the first level, list only pages whose “Show in menus” box is ticked, so "
            "that sections with thousands of articles stay short."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [*Page.settings_panels, FieldPanel("levels"), FieldPanel("menu_pages_only")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    subpage_types = []
    template = "wagtail_emulation/site_search/site_map_page.html"

    class Meta:
        verbose_name = _("site map page")
        verbose_name_plural = _("site map pages")

    def get_context(self, request, *args, **kwargs):
        from .site_map import site_map_tree

        context = super().get_context(request, *args, **kwargs)
        context["tree"] = site_map_tree(self, request)
        return context
