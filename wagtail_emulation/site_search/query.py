"""The search: entries of one site matching every folded term, ranked, in a fixed number of
queries whatever the number of pages.

PostgreSQL matches the ``tsvector`` through its GIN index and ranks with ``ts_rank`` (title
terms weigh most, then key fields, then the body). Other databases (SQLite by default) match
the term columns with ``LIKE " term "`` and rank by where each term was found: portable and
fast enough for a few tens of thousands of pages; PostgreSQL is the route beyond that.

In both, when the reader typed accents, pages spelling every accented word the same way come
first (``exact``). Then, for a query of two words or more, the pages holding the words side by
side as typed (``nearness``): the whole phrase first ("tổng kết thi đua" for "tong ket thi
dua"), then by how many of its neighbouring pairs they hold ("tổng kết", "thi đua"), so that a
page matching through scattered syllables ("thị trấn", "đưa") comes after them. Then by rank.
"""

from datetime import datetime, time, timedelta
from functools import reduce
from operator import add, and_, or_

from django.db.models import BooleanField, Case, F, IntegerField, Q, TextField, Value, When
from django.db.models.functions import Concat
from django.db.models.lookups import Regex
from django.utils import timezone

from .indexing import uses_vectors
from .models import SearchEntry

RELEVANCE = "relevance"
NEWEST = "newest"
NEWEST_FIRST = (F("published_at").desc(nulls_last=True), "-pk")
#: (term column, weight) for ranking without vectors.
COLUMNS = (("title_terms", 4), ("key_terms", 2), ("body_terms", 1))


def _found(term):
    return reduce(or_, (Q(**{f"{column}__contains": f" {term} "}) for column, _w in COLUMNS))


def _score(term):
    return Case(
        *(
            When(Q(**{f"{column}__contains": f" {term} "}), then=Value(weight))
            for column, weight in COLUMNS
        ),
        default=Value(0),
        output_field=IntegerField(),
    )


def _nearness(words, side_by_side):
    """How near the query's words stand in a page: the length of the phrase when the page
    holds it whole, else how many of its distinct pairs of neighbours it holds (see the
    module's docstring). ``side_by_side(words)`` is the condition that ``words`` stand
    side by side in the page. ``None`` for a query of one word."""
    if len(words) < 2:
        return None

    def worth(sequence, value, otherwise):
        return Case(
            When(side_by_side(sequence), then=Value(value)),
            default=otherwise,
            output_field=IntegerField(),
        )

    pairs = Value(0)
    if len(words) > 2:  # two words: the pair is the phrase
        for pair in dict.fromkeys(zip(words, words[1:], strict=False)):
            pairs = pairs + worth(pair, 1, Value(0))
    # The pairs are looked at only when the whole phrase is not there.
    return worth(words, len(words), pairs)


def _terms_in_sequence(words):
    """A regular expression for ``words`` side by side in a term column, where each word may
    be followed by its marked term (" tong tong0ar ket ket0as ")."""
    return " " + " ".join(f"{word}( {word}0[a-z0-9]+)?" for word in words) + " "


def _side_by_side_in_columns(words):
    # Each column starts and ends with a space, so joined they hold two spaces between them
    # and a sequence never runs from one into the next.
    joined = Concat(*(F(column) for column, _weight in COLUMNS), output_field=TextField())
    return Regex(joined, Value(_terms_in_sequence(words)))


def _side_by_side_in_vector(words):
    from django.contrib.postgres.search import SearchQuery

    # Each word, or the word then its marked term ("tong <-> tong0:*"), then the next.
    raw = " <-> ".join(f"({word} | {word} <-> {word}0:*)" for word in words)
    return Q(vector__match=SearchQuery(raw, config="simple", search_type="raw"))


def _match_with_terms(entries, query):
    for term in query.folded:
        entries = entries.filter(_found(term))
    return entries


def _rank_with_terms(entries, query):
    rank = reduce(add, (_score(term) for term in query.folded))
    if query.marked:
        rank = rank + reduce(add, (_score(term) for term in query.marked))
        exact = reduce(and_, (_found(term) for term in query.marked))
        entries = entries.annotate(
            exact=Case(
                When(exact, then=Value(True)), default=Value(False), output_field=BooleanField()
            )
        )
    nearness = _nearness(query.words, _side_by_side_in_columns)
    if nearness is not None:
        entries = entries.annotate(nearness=nearness)
    return entries.annotate(rank=rank)


def _tsquery(terms, operator):
    from django.contrib.postgres.search import SearchQuery

    return SearchQuery(f" {operator} ".join(terms), config="simple", search_type="raw")


def _match_with_vectors(entries, query):
    return entries.filter(vector__match=_tsquery(query.folded, "&"))


def _rank_with_vectors(entries, query):
    from django.contrib.postgres.search import SearchRank

    rank = SearchRank(F("vector"), _tsquery(query.folded, "&"))
    if query.marked:
        rank = rank + SearchRank(F("vector"), _tsquery(query.marked, "|"))
        entries = entries.annotate(
            exact=Case(
                When(vector__match=_tsquery(query.marked, "&"), then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )
    nearness = _nearness(query.words, _side_by_side_in_vector)
    if nearness is not None:
        entries = entries.annotate(nearness=nearness)
    return entries.annotate(rank=rank)


def _day_start(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def matching_entries(
    site_root_paths,
    query,
    *,
    private_paths=(),
    content_type_id=None,
    section_path=None,
    date_from=None,
    date_to=None,
):
    """The entries under ``site_root_paths`` (one site's root path, or several: a search over
    the province) that match every word of ``query`` and the filters, in no order."""
    if isinstance(site_root_paths, str):
        site_root_paths = [site_root_paths]
    entries = SearchEntry.objects.filter(
        reduce(or_, (Q(path__startswith=path) for path in site_root_paths))
    )
    for path in private_paths:
        entries = entries.exclude(path__startswith=path)
    if content_type_id:
        entries = entries.filter(content_type_id=content_type_id)
    if section_path:
        entries = entries.filter(path__startswith=section_path)
    # Whole days in the site's time zone, as a range the column's index serves.
    if date_from:
        entries = entries.filter(published_at__gte=_day_start(date_from))
    if date_to:
        entries = entries.filter(published_at__lt=_day_start(date_to + timedelta(days=1)))
    match = _match_with_vectors if uses_vectors() else _match_with_terms
    return match(entries, query)


def ranked(entries, query, order=RELEVANCE):
    """``entries`` (matches of ``query``, or some of them) in the order of the results."""
    if order == NEWEST:
        return entries.order_by(*NEWEST_FIRST)
    rank = _rank_with_vectors if uses_vectors() else _rank_with_terms
    return rank(entries, query).order_by(
        *(["-exact"] if query.marked else []),
        *(["-nearness"] if len(query.words) > 1 else []),
        F("rank").desc(),
        *NEWEST_FIRST,
    )


def search_entries(site_root_paths, query, *, order=RELEVANCE, **filters):
    """The matching entries (see :func:`matching_entries`), in order (a lazy queryset)."""
    return ranked(matching_entries(site_root_paths, query, **filters), query, order)
