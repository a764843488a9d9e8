"""RSS 2.0 of the decisions register, one feed per filter: ``rss/?year=2023&award=4``."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from .conf import app_settings


class DecisionFeed(Feed):
    def __call__(self, request, *args, **kwargs):
        self.request = request  # one Feed instance per request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, index_page):
        from .forms import DecisionFilterForm

        self.form = DecisionFilterForm(request.GET or None, index_page=index_page)
        return index_page

    def title(self, index_page):
        site = index_page.get_site()
        return (
            f"{index_page.title} – {site.site_name}"
            if site and site.site_name
            else index_page.title
        )

    def link(self, index_page):
        query = self.request.GET.urlencode()
        return index_page.get_url(self.request) + (f"?{query}" if query else "")

    def description(self, index_page):
        return strip_tags(index_page.search_description or index_page.intro) or index_page.title

    def feed_url(self, index_page):
        return self.request.get_full_path()

    def items(self, index_page):
        decisions = self.form.apply(index_page.listed_pages())
        return decisions[: app_settings.COMMENDATIONS_FEED_SIZE]

    def item_title(self, decision):
        return f"{decision.number} – {decision.award_text}"

    def item_description(self, decision):
        parts = [
            _("Signed on %(date)s by %(body)s.")
            % {"date": f"{decision.date:%d/%m/%Y}", "body": decision.issuing_body},
            decision.summary,
        ]
        if decision.is_revoked:
            parts.append(
                _("Revoked by decision %(number)s.") % {"number": decision.revoked_by.number}
            )
        return " ".join(part for part in parts if part)

    def item_link(self, decision):
        index_page = self._index_page
        return index_page.get_url(self.request) + index_page.reverse_subpage(
            "decision", args=[decision.pk]
        )

    def get_feed(self, obj, request):
        self._index_page = obj
        return super().get_feed(obj, request)

    def item_guid(self, decision):
        return self._index_page.full_url + self._index_page.reverse_subpage(
            "decision", args=[decision.pk]
        )

    def item_pubdate(self, decision):
        return timezone.make_aware(datetime.combine(decision.date, time(8, 0)))
