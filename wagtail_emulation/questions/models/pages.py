"""The public side: a questions and answers section and one page per answered question.

A question page holds only what the agency chose to publish: the question as it is worded
for the public (never the asker's contact details), the answer, who answered and when. Its
answer goes through the page's Wagtail workflow (draft → approved by a leader → published);
publishing tells the asker (see :mod:`..signals`).
"""

from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from ...content.metadata import plain_text
from ...content.pages import ContentIndexPage, ContentPage
from .topics import QuestionTopic

SITE_SEARCH_URL_NAME = "wagtail_emulation_site_search:search"


def site_search_url():
    """The site search page's address when the site search is installed, else ``None``: it
    is reached by its public URL name (it folds accents), never imported."""
    try:
        return reverse(SITE_SEARCH_URL_NAME)
    except NoReverseMatch:
        return None


class QuestionIndexPage(RoutablePageMixin, ContentIndexPage):
    """A questions and answers section (Hỏi đáp): the answered questions, filtered by subject
    area, year and unit, with RSS/Atom feeds; the asking form and the lookup by code are
    their own uncached pages (``emulation/questions/<section>/…``)."""

    section_title = pgettext_lazy("standard section", "Questions and answers")

    ask_intro = RichTextField(
        _("text above the asking form"),
        blank=True,
        help_text=_("What questions the agency answers here, and what it does not (complaints…)."),
    )

    content_panels = [*ContentIndexPage.content_panels, FieldPanel("ask_intro")]
    subpage_types = ["wagtail_emulation_questions.QuestionPage"]
    template = "wagtail_emulation/questions/question_index_page.html"
    filter_form = "wagtail_emulation.questions.forms.QuestionFilterForm"

    class Meta:
        verbose_name = _("questions and answers section")
        verbose_name_plural = _("questions and answers sections")

    def listed_pages(self):
        return super().listed_pages().select_related("topic", "answering_unit")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["search_action"] = site_search_url()
        context["search_type"] = QuestionPage._meta.label_lower
        return context

    def ask_url(self):
        return reverse("wagtail_emulation:questions:ask", args=[self.pk])

    def lookup_url(self):
        return reverse("wagtail_emulation:questions:lookup", args=[self.pk])

    @path("feed/rss/", name="feed_rss")
    def rss_feed(self, request):
        from ..feeds import QuestionsRssFeed

        return QuestionsRssFeed()(request, index_page=self)

    @path("feed/atom/", name="feed_atom")
    def atom_feed(self, request):
        from ..feeds import QuestionsAtomFeed

        return QuestionsAtomFeed()(request, index_page=self)


class QuestionPage(ContentPage):
    """One answered question, as published."""

    topic = models.ForeignKey(
        QuestionTopic, verbose_name=_("subject area"), on_delete=models.PROTECT, related_name="+"
    )
    asked_on = models.DateField(_("asked on"), db_index=True)
    question_text = models.TextField(
        _("question"),
        help_text=_(
            "The question as the public reads it. Leave out anything that identifies the "
            "asker: name, address, telephone, e-mail, case numbers."
        ),
    )
    answer = RichTextField(_("answer"))
    answer_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("answer file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An optional signed reply or form, offered for download under the answer."),
    )
    answering_unit = models.ForeignKey(
        "wagtail_emulation.Unit",
        verbose_name=_("answering unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answered_by = models.CharField(
        _("answered by"),
        max_length=255,
        blank=True,
        help_text=_("The person who answered and their position, e.g. “Luật sư Trần Văn B”."),
    )

    content_panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("topic"), FieldPanel("asked_on")]),
        FieldPanel("question_text"),
        MultiFieldPanel(
            [
                FieldPanel("answer"),
                FieldPanel("answer_document"),
                FieldRowPanel([FieldPanel("answering_unit"), FieldPanel("answered_by")]),
            ],
            heading=_("Answer"),
        ),
    ]
    parent_page_types = ["wagtail_emulation_questions.QuestionIndexPage"]
    subpage_types = []
    template = "wagtail_emulation/questions/question_page.html"

    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("question_text", boost=2),
        index.SearchField("answer"),
        index.RelatedFields("topic", [index.SearchField("name")]),
        index.FilterField("asked_on"),
    ]

    class Meta:
        verbose_name = _("answered question")
        verbose_name_plural = _("answered questions")

    def summary(self):
        return self.search_description or self.question_text

    def body_text(self):
        return self.answer

    @property
    def listing_meta(self):
        return f"{self.topic.name} · {self.asked_on:%d/%m/%Y}"

    def schema_entity(self, shown):
        """A ``QAPage`` whose main entity is the question with its one accepted answer; the
        agency answers (the asker is never named)."""
        answer = {
            "@type": "Answer",
            "text": self.answer_plain_text(),
            "url": shown.url,
            "datePublished": self.first_published_at,
        }
        if self.answered_by:
            answer["author"] = {"@type": "Person", "name": self.answered_by}
        elif self.answering_unit:
            answer["author"] = {"@type": "Organization", "name": self.answering_unit.name}
        return {
            "@type": "QAPage",
            "name": self.title,
            "url": shown.url,
            "inLanguage": self.locale.language_code,
            "mainEntity": {
                "@type": "Question",
                "name": self.title,
                "text": self.question_text,
                "dateCreated": self.asked_on,
                "answerCount": 1,
                "acceptedAnswer": answer,
            },
        }

    def answer_plain_text(self):
        return plain_text(self.answer)
