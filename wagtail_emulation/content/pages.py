"""The abstract page bases of the package's content page types.

:class:`ContentPage` (campaigns, news, exemplar stories) gives ASCII slugs, the reader-feedback
switches in the settings tab, structured data (JSON-LD) and Open Graph values for the shared
head template, and the images to prepare when the page is published, so that rendering a page
never has to create a rendition (a database write). :class:`ContentIndexPage` lists one page
type with a filter form and paging.
"""

from django.apps import apps
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.module_loading import import_string
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, Site
from wagtail.search import index

from ..absolute_urls import absolute_url
from ..feedback.mixins import CommentablePageMixin, RatablePageMixin, reader_feedback_panel
from ..models import VietnameseSlugMixin
from ..province import shared_sources, with_shared_pages
from .filters import paginate
from .images import SOCIAL_IMAGE_SPEC, THUMBNAIL_SPEC
from .metadata import ShownPage, listing_url, page_description, plain_text
from .structured_data import StructuredPageMixin


class ContentPage(
    StructuredPageMixin, VietnameseSlugMixin, RatablePageMixin, CommentablePageMixin, Page
):
    """Abstract base of the package's article-like pages."""

    schema_type = "Article"
    agency_roles = ("publisher", "author")

    #: The image field listings show as the item's thumbnail (its row and renditions are
    #: fetched with the list, not one query per item); ``None``: no thumbnail.
    listing_image_field = None

    settings_panels = [*Page.settings_panels, reader_feedback_panel()]

    class Meta:
        abstract = True

    # What the shared head template and listings show; page types override what they know.
    def social_image(self):
        return None

    def summary(self):
        return self.search_description

    def body_text(self):
        """The page's main text (rich text HTML or plain): its description when it has no
        summary. Page types override it."""
        return ""

    def meta_description(self):
        """The summary (the promote-tab description, else the page type's own summary field),
        else the start of the body: plain text, cut at a word boundary."""
        return page_description(self.summary(), self.body_text())

    def social_description(self):
        return self.meta_description()

    @property
    def listing_summary(self):
        return Truncator(plain_text(self.summary())).words(40)

    @property
    def listing_meta(self):
        """One short line under the page's title in listings (status, date, stage…)."""
        return ""

    def listing_image(self):
        """The thumbnail listings show beside the title: the page's social image by default."""
        return self.social_image() if self.listing_image_field else None

    def images_to_prepare(self):
        """``(image, [filter specs])`` pairs the templates render for this page."""
        image = self.social_image()
        prepared = [(image, [SOCIAL_IMAGE_SPEC])] if image else []
        thumbnail = self.listing_image()
        if thumbnail:
            prepared.append((thumbnail, [THUMBNAIL_SPEC]))
        return prepared

    def prepare_renditions(self):
        for image, specs in self.images_to_prepare():
            image.get_renditions(*specs)

    def schema_entity(self, shown):
        article = {
            "@type": self.schema_type,
            # The whole title: a shortened headline would misquote the article.
            "headline": self.title,
            "url": shown.url,
            "mainEntityOfPage": shown.url,
            "inLanguage": self.locale.language_code,
            "datePublished": self.first_published_at,
            "dateModified": self.last_published_at or self.first_published_at,
        }
        if shown.description:
            article["description"] = shown.description
        image = self.social_image()
        if image:
            rendition = image.get_rendition(SOCIAL_IMAGE_SPEC)
            article["image"] = [absolute_url(rendition.url, page=self)]
        article.update(self.extra_structured_data())
        return article

    def extra_structured_data(self):
        return {}


class ContentIndexPage(StructuredPageMixin, VietnameseSlugMixin, Page):
    """Abstract base of the index pages: an introduction, paging and the latest items."""

    #: A list shows no ratings or comments (see ``feedback.switches``).
    shows_reader_feedback = False

    #: The title of the section a new department site gets with this index
    #: (``create_department_site``); ``None``: not a standard section.
    section_title = None
    #: On a provincial portal, the list also holds the same page type's pages that department
    #: sites share (:mod:`wagtail_emulation.province`).
    lists_shared_content = False

    intro = RichTextField(
        _("introduction"),
        blank=True,
        help_text=_("A short text shown above the list."),
    )
    per_page = models.PositiveSmallIntegerField(
        _("items per page"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("How many items each page of the list shows (1 to 100)."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [*Page.settings_panels, FieldPanel("per_page")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    #: Dotted path of the index's listing form (a :class:`~.listing.IndexFilterForm`
    #: subclass): a path, because the forms modules import the models.
    filter_form = None

    class Meta:
        abstract = True

    #: Order of the list; an index lists its one subpage type.
    listing_order = ("-first_published_at", "-pk")

    def listed_pages(self):
        """The live, public pages this index lists, in list order."""
        listed_model = apps.get_model(self.subpage_types[0])
        return listed_model.objects.child_of(self).live().public().order_by(*self.listing_order)

    def meta_description(self):
        return page_description(self.search_description, self.intro)

    def schema_entity(self, shown):
        entity = {
            "@type": shown.schema_type or "CollectionPage",
            "name": shown.title,
            "url": shown.url,
            "inLanguage": self.locale.language_code,
        }
        if shown.description:
            entity["description"] = shown.description
        own_url = self.full_url
        if shown.url != own_url:  # a tag archive, a filtered list, a later page
            entity["isPartOf"] = {"@type": "CollectionPage", "name": self.title, "url": own_url}
        return entity

    def shown_listing(self, request, form, page_number=1, *, title=None, base_url=None):
        """The :class:`~.metadata.ShownPage` of one page of the list: its canonical address
        keeps the valid filters and the page number; its title says it is filtered or paged.

        ``title`` and ``base_url`` name a sub-list with its own address (a tag archive)."""
        shown = self.shown_page(request)
        title = title or shown.title
        query = form.canonical_query()
        if query:
            title = _("%(title)s (filtered)") % {"title": title}
        if page_number > 1:
            title = _("%(title)s, page %(number)s") % {"title": title, "number": page_number}
        url = listing_url(base_url or shown.url, query, page_number)
        return ShownPage(title=title, url=url, description=shown.description)

    def with_listing_images(self, pages):
        """``pages`` with their thumbnails and the renditions fetched with the list: two queries
        in all, not two per item."""
        field = getattr(getattr(pages, "model", None), "listing_image_field", None)
        if not field:
            return pages
        return pages.select_related(field).prefetch_related(f"{field}__renditions")

    def latest_items(self, limit=5):
        return self.with_listing_images(self.listed_pages())[:limit]

    def listing_context(self, request, pages, **sub_list):
        """The filter form (bound to the query string), the requested page of ``pages`` and
        what the response shows (``sub_list``: see :meth:`shown_listing`)."""
        form = import_string(self.filter_form)(request.GET or None, index_page=self)
        items = paginate(request, self.with_listing_images(form.apply(pages)), self.per_page)
        return {
            "filter_form": form,
            "items": items,
            "listing_url": request.path,
            "shown_page": self.shown_listing(request, form, items.number, **sub_list),
        }

    def shared_sources(self, request):
        """The department sites whose pages this list shows beside its own (none unless
        the list and its site take part: :mod:`~wagtail_emulation.province`)."""
        if not self.lists_shared_content:
            return []
        return shared_sources(Site.find_for_request(request), request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sources = self.shared_sources(request)
        context["shared_sources"] = sources
        context.update(
            self.listing_context(request, with_shared_pages(self.listed_pages(), sources))
        )
        return context
