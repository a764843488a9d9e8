"""RSS 2.0 and Atom feeds of a section's answered questions (what its list shows).

Served by :class:`~.models.QuestionIndexPage` at ``feed/rss/`` and ``feed/atom/``; an item
carries the question's public wording only, never who asked.
"""

from django.utils.feedgenerator import Atom1Feed

from ..content.feeds import IndexPageFeed
from .conf import app_settings


class QuestionsRssFeed(IndexPageFeed):
    def items(self, index_page):
        return index_page.listed_pages()[: app_settings.QUESTIONS_FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.question_text

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.topic.name]


class QuestionsAtomFeed(QuestionsRssFeed):
    feed_type = Atom1Feed
