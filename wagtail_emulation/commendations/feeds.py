"""RSS 2.0 of the decisions register, one feed per filter: ``rss/?year=2023&award=4``."""

from datetime import datetime, time

from django.utils import timezone
from django.utils.translation import gettext as _

from ..content.feeds import IndexPageFeed
from .conf import app_settings


class DecisionFeed(IndexPageFeed):
    def get_object(self, request, index_page):
        from .forms import DecisionFilterForm

        self.form = DecisionFilterForm(request.GET or None, index_page=index_page)
        self.index_page = index_page
        return super().get_object(request, index_page)

    def list_query(self):
        return self.request.GET.urlencode()

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
        return self.index_page.get_full_url(self.request) + self.index_page.reverse_subpage(
            "decision", args=[decision.pk]
        )

    def item_pubdate(self, decision):
        return timezone.make_aware(datetime.combine(decision.date, time(8, 0)))
