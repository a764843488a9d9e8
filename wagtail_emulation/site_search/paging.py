"""One page of ranked search entries, and the number of all matches, in two queries.

Django's ``Paginator`` counts the matches in one query and ranks them for the page in
another: each reads every matching row. With 100,000 pages a broad query matches most of
them, and on PostgreSQL each read means fetching every match's ``tsvector`` again. Here the
query that ranks the matches also counts them (``COUNT(*) OVER ()``) and returns only the
page's ids; a second query reads those few entries with their pages. The order and the
count are those of the queryset, as with ``Paginator``.
"""

from django.core.paginator import Paginator
from django.db.models import Count, Window

#: Entry columns the results never show (the terms are for matching only).
MATCH_ONLY_COLUMNS = ("title_terms", "key_terms", "body_terms", "vector")


class RankedPaginator(Paginator):
    """A ``Paginator`` over ordered search entries that counts them while ranking them."""

    def __init__(self, entries, per_page):
        super().__init__(entries, per_page)
        self._page_ids = {}

    def get_page(self, number):
        try:
            wanted = max(int(number), 1)
        except (TypeError, ValueError):
            wanted = 1
        self._rank(wanted)
        return super().get_page(number)

    def ranking(self, number):
        """The query of ``(id, number of all matches)`` for the entries of page ``number``."""
        bottom = (number - 1) * self.per_page
        ranked = self.object_list.annotate(matches=Window(Count("*")))
        return ranked.values_list("pk", "matches")[bottom : bottom + self.per_page]

    def _rank(self, number):
        """The ids of page ``number`` and, unless it is past the end, the count of all."""
        rows = list(self.ranking(number))
        if rows:
            self.__dict__["count"] = rows[0][1]  # Paginator.count is a cached property
        elif number == 1:
            self.__dict__["count"] = 0
        # Past the last page: Paginator counts and serves the last page instead.
        self._page_ids[number] = [pk for pk, _matches in rows]
        return self._page_ids[number]

    def page(self, number):
        number = self.validate_number(number)
        ids = self._page_ids.get(number)
        if ids is None:
            ids = self._rank(number)
        entries = (
            self.object_list.model.objects.filter(pk__in=ids)
            .select_related("page")
            .defer(*MATCH_ONLY_COLUMNS)
            .in_bulk()
        )
        return self._get_page([entries[pk] for pk in ids if pk in entries], number, self)
