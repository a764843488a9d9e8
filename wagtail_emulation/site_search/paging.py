"""One page of ranked search entries, and the number of all matches, in two queries.

Django's ``Paginator`` counts the matches in one query and ranks them for the page in
another: each reads every matching row. With 100,000 pages a broad query matches most of
them, and on PostgreSQL each read means fetching every match's ``tsvector`` again. Here the
query that ranks the matches also counts them (``COUNT(*) OVER ()``) and returns only the
page's ids; a second query reads those few entries with their pages' addresses. The order
and the count are those of the queryset, as with ``Paginator``.

A relevance ranking may score only the best candidates (``candidates``, the setting
``WAGTAIL_EMULATION_SEARCH_RANK_CANDIDATES``): the newest that many matches (found by the
cheaper road, see :mod:`.candidates`); only those are scored, and nothing but their ids is
matched again. When there are more matches than candidates, ``count`` is the number of
candidates and ``approximate`` is true (the page says "more than").

The ids and count of a page are kept in the shared cache for
``WAGTAIL_EMULATION_SEARCH_CACHE_SECONDS``, keyed by the ordered statement of every match
(site, words, filters and order all are in it) with the page and the candidates, and
dropped whenever content changes (see
``apps.py``): a query many readers type is ranked once, and every reader still gets the same
page. Without the cache (0, or the cache unreachable) every search ranks afresh.
"""

import hashlib

from django.core.paginator import Paginator
from django.db.models import Count, Window

from ..fragments import ALL, cached_fragment
from .candidates import newest_candidates
from .conf import app_settings
from .fragment_names import RANKINGS
from .indexing import uses_vectors
from .vector_ranking import VectorRanking

#: What a result shows of an entry and of its page (the page's address comes from its
#: ``url_path``): a page row read whole costs more than the rest of the entry.
RESULT_COLUMNS = (
    "page_id", "content_type_id", "path", "published_at", "title", "text", "page__url_path",
)  # fmt: skip


class RankedPaginator(Paginator):
    """A ``Paginator`` over search entries that counts them while ranking them.

    ``matches`` are the entries found, in no order; ``rank(entries)`` puts any of them in
    the order of the results (:func:`.query.ranked`).
    """

    def __init__(self, matches, per_page, rank, candidates=0, query=None):
        # The ordered queryset (``object_list``) is built when first used: the statement of
        # :mod:`.vector_ranking` does without it, and building it costs milliseconds.
        super().__init__(matches, per_page)
        self.matches = matches
        self.rank = rank
        #: The search's words: with them a relevance ranking of candidates on PostgreSQL
        #: takes the cheaper statement of :mod:`.vector_ranking` (the same rows).
        self.query = query
        self._page_ids = {}
        self.candidates = candidates
        self.approximate = False

    @property
    def object_list(self):
        """The matches in the order of the results (a lazy queryset)."""
        if self._ordered is None:
            self._ordered = self.rank(self.matches)
        return self._ordered

    @object_list.setter
    def object_list(self, matches):
        """``Paginator.__init__`` sets the matches; they are ranked when first read."""
        self._ordered = None

    def _check_object_list_is_ordered(self):
        """Ordered by ``rank`` (looking would build the ordered queryset)."""

    def get_page(self, number):
        """Page ``number`` (an int from :func:`..content.filters.page_number`)."""
        self._rank(number)
        return super().get_page(number)

    def ranking(self, number):
        """The query of ``(id, number of all matches)`` for the entries of page ``number``."""
        bottom = (number - 1) * self.per_page
        ranked = self.object_list
        if self.candidates and self.query is not None and uses_vectors():
            top = max(bottom, min(bottom + self.per_page, self.candidates))
            return VectorRanking(self.matches, self.query, self.candidates, bottom, top)
        if self.candidates:
            newest = newest_candidates(self.matches, self.candidates)
            # Only the candidates' ids: their words are not matched a second time.
            ranked = self.rank(self.matches.model.objects.filter(pk__in=newest))
        ranked = ranked.annotate(matches=Window(Count("*")))
        top = bottom + self.per_page
        if self.candidates:
            top = max(bottom, min(top, self.candidates))
        return ranked.values_list("pk", "matches")[bottom:top]

    def _rank(self, number):
        """The ids of page ``number`` and, unless it is past the end, the count of all."""
        rows = _rows(self.object_list, (number, self.per_page, self.candidates), self.ranking)
        if rows:
            count = rows[0][1]
            self.approximate = bool(self.candidates) and count > self.candidates
            # Paginator.count is a cached property
            self.__dict__["count"] = self.candidates if self.approximate else count
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
        entries = self.entries(ids).in_bulk()
        return self._get_page([entries[pk] for pk in ids if pk in entries], number, self)

    def entries(self, ids):
        """The entries ``ids`` with what their results show (no term column)."""
        return (
            self.matches.model.objects.filter(pk__in=ids)
            .select_related("page")
            .only(*RESULT_COLUMNS)
        )


def _rows(ordered, page, ranking):
    """The rows of ``ranking(number)`` for ``page`` (its number, size and candidates) of the
    ``ordered`` matches, from the shared cache when it holds them."""

    def rank():
        return list(ranking(page[0]))

    seconds = app_settings.SEARCH_CACHE_SECONDS
    if not seconds:
        return rank()
    sql, params = ordered.query.sql_with_params()
    key = hashlib.sha256(f"{ordered.db}\0{sql}\0{params!r}\0{page!r}".encode()).hexdigest()
    return cached_fragment(RANKINGS, ALL, key, rank, timeout=seconds)
