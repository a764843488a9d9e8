"""News articles, their tags and manual related picks, and the index with tag archive and feeds."""

from django.conf import settings
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TagBase, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel, ObjectList, TabbedInterface
from wagtail.admin.widgets import AdminTagWidget
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..content.campaign_link import CampaignChooserPanel, CampaignLinkMixin
from ..content.images import ARTICLE_IMAGE_SPEC
from ..content.pages import ContentIndexPage, ContentPage
from ..locale_vi import vn_dateline, vn_slugify
from .blocks import NewsBodyBlock
from .forms import NewsPageForm


class NewsTag(TagBase):
    """A news tag whose slug is ASCII even for Vietnamese names ("Thi đua" → ``thi-dua``)."""

    free_tagging = True

    class Meta:
        verbose_name = _("news tag")
        verbose_name_plural = _("news tags")

    def slugify(self, tag, i=None):
        slug = vn_slugify(tag) or "tag"
        return f"{slug}_{i}" if i is not None else slug


class NewsTagWidget(AdminTagWidget):
    """Wagtail's tag input with its note in the package's words: Wagtail's own Vietnamese
    catalogue leaves that note English when the optional ``wagtail_vi`` app is not installed."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if getattr(settings, "WAGTAIL_TAG_SPACES_ALLOWED", True):
            note = _(
                "Type a tag and press Enter or a comma. A tag of several words, such as "
                "Thi đua, stays one tag."
            )
        else:
            note = _("A tag is one word, without spaces.")
        context["widget"]["help_text"] = note
        return context


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("NewsPage", on_delete=models.CASCADE, related_name="tagged_items")
    tag = models.ForeignKey(NewsTag, on_delete=models.CASCADE, related_name="tagged_news")


class NewsIndexPage(RoutablePageMixin, ContentIndexPage):
    """A news section: newest first, a date filter, a tag archive and RSS/Atom feeds."""

    section_title = pgettext_lazy("standard section", "News")
    lists_shared_content = True

    subpage_types = ["wagtail_emulation_news.NewsPage"]
    template = "wagtail_emulation/news/news_index_page.html"

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    filter_form = "wagtail_emulation.news.forms.NewsFilterForm"

    @path("tags/<slug:tag_slug>/", name="tag")
    def tag_archive(self, request, tag_slug):
        tag = get_object_or_404(NewsTag, slug=tag_slug)
        pages = self.listed_pages().filter(tagged_items__tag=tag)
        # The archive is a page of its own: its title and address, not the index's.
        archive = self.listing_context(
            request,
            pages,
            title=_("News tagged “%(name)s”") % {"name": tag.name},
            base_url=self.get_full_url(request) + self.reverse_subpage("tag", args=[tag.slug]),
        )
        return self.render(request, context_overrides={"tag": tag, **archive})

    @path("feed/rss/", name="feed_rss")
    def rss_feed(self, request):
        from .feeds import NewsRssFeed

        return NewsRssFeed()(request, index_page=self)

    @path("feed/atom/", name="feed_atom")
    def atom_feed(self, request):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed()(request, index_page=self)


class NewsPage(CampaignLinkMixin, ContentPage):
    listing_image_field = "image"

    lead = models.TextField(
        _("lead"),
        blank=True,
        help_text=_("One or two sentences summing up the news, shown in bold and in lists."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top and when the article is shared."),
    )
    image_caption = models.CharField(_("image caption"), max_length=255, blank=True)
    body = StreamField(NewsBodyBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(
        through=NewsPageTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Topics of the article; related news are found through shared tags."),
    )
    campaign_list_heading = _("News about this campaign")
    campaign_list_order = 20
    campaign_list_size = 10

    schema_type = "NewsArticle"
    base_form_class = NewsPageForm
    parent_page_types = ["wagtail_emulation_news.NewsIndexPage"]
    subpage_types = []
    template = "wagtail_emulation/news/news_page.html"

    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("lead", boost=2),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("campaign"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("image_caption"),
        FieldPanel("body"),
    ]
    related_panels = [
        FieldPanel("tags", widget=NewsTagWidget),
        CampaignChooserPanel(
            help_text=_("The emulation campaign this news reports on; it then appears on its page.")
        ),
        MultipleChooserPanel(
            "related_picks",
            chooser_field_name="target",
            label=_("related news"),
            heading=_("Related news chosen by hand"),
            help_text=_(
                "Shown first under “Tin liên quan”, in this order; the rest are found from "
                "shared tags."
            ),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(related_panels, heading=_("Tags and related")),
            ObjectList(ContentPage.promote_panels, heading=_("Promote")),
            ObjectList(ContentPage.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def summary(self):
        return self.search_description or self.lead

    def body_text(self):
        # The stored JSON: converting the blocks would look up every image and document.
        return " ".join(
            block["value"] for block in self.body.raw_data if block["type"] == "paragraph"
        )

    def social_image(self):
        return self.image

    @property
    def listing_meta(self):
        return vn_dateline(self.first_published_at)

    def images_to_prepare(self):
        prepared = super().images_to_prepare()
        if self.image:
            prepared.append((self.image, [ARTICLE_IMAGE_SPEC]))
        for block in self.body:
            if block.block_type == "image":
                prepared.append((block.value["image"], [ARTICLE_IMAGE_SPEC]))
        return prepared

    def extra_structured_data(self):
        data = {}
        names = [tag.name for tag in self.tags.all()]
        if names:
            data["keywords"] = names
        parent = self.get_parent()
        if parent:
            data["articleSection"] = parent.title
        return data


class NewsRelatedPick(Orderable):
    """A news article an editor puts first under "Tin liên quan"."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_picks")
    target = models.ForeignKey(
        NewsPage,
        verbose_name=_("news article"),
        on_delete=models.CASCADE,
        related_name="picked_by",
    )

    panels = [FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("related news pick")
        verbose_name_plural = _("related news picks")
