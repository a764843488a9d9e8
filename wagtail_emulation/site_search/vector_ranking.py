"""PostgreSQL: one page of the relevance ranking of a search's candidates, reading each
candidate's vector once and ranking with ``ts_rank`` only the candidates that can reach it.

The order is :func:`.query.ranked`'s (same accents first, then the words side by side, then
``ts_rank``, then newest), and so are the count and the candidates; only the cost differs.
Ranked by the ORM, the candidates are looked up again by id and every condition reads the
``vector`` column, which PostgreSQL keeps out of line (TOAST, about 3 KB a page) and fetches
anew for each use: six to eight times per candidate for a phrase. Here:

- the candidates' rows come from the statement that finds them (no second lookup);
- each vector is fetched once (``vector || ''`` makes an in-memory copy that the same-accents
  and side-by-side conditions read);
- ``ts_rank``, the last key and the costliest (with several words it compares the positions
  of every pair of them), is computed only for the candidates whose first keys place them
  no lower than the page's last row (``RANK()`` over those keys): a candidate placed lower
  cannot be shown on the page whatever its rank.
"""

from django.db import connections

from .candidates import newest_candidates

#: ``OFFSET 0`` keeps ``fetched`` a subquery of its own, so that ``copy`` is made once per
#: row (folded into its parent, each use of ``copy`` would be the expression again).
RANKING = """
SELECT pk, matches FROM (
    SELECT pk, published_at, vector, exact, nearness, COUNT(*) OVER () AS matches,
        RANK() OVER (ORDER BY exact DESC, nearness DESC) AS place
    FROM (
        SELECT pk, published_at, vector, {exact} AS exact, {nearness} AS nearness
        FROM (
            SELECT pk, published_at, vector, vector || ''::tsvector AS copy
            FROM ({candidates}) AS found OFFSET 0
        ) AS fetched
    ) AS keyed
) AS placed
ORDER BY exact DESC, nearness DESC, CASE WHEN place <= %s THEN {rank} END DESC NULLS LAST,
    published_at DESC NULLS LAST, pk DESC
LIMIT %s OFFSET %s
"""


def _tsquery(column, terms, operator, params):
    params.append(f" {operator} ".join(terms))
    return f"({column} @@ to_tsquery('simple'::regconfig, %s))"


def _side_by_side(words, params):
    """As :func:`.query._side_by_side_in_vector`: each word, or the word then its marked
    term, then the next."""
    params.append(" <-> ".join(f"({word} | {word} <-> {word}0:*)" for word in words))
    return "(copy @@ to_tsquery('simple'::regconfig, %s))"


def _nearness(words, params):
    """As :func:`.query._nearness`: the phrase's length when whole, else its pairs held."""
    if len(words) < 2:
        return "0"
    # The whole phrase's condition comes first in the statement, and so its parameter.
    whole = _side_by_side(words, params)
    pairs = "0"
    if len(words) > 2:  # two words: the pair is the phrase
        for pair in dict.fromkeys(zip(words, words[1:], strict=False)):
            pairs += f" + CASE WHEN {_side_by_side(pair, params)} THEN 1 ELSE 0 END"
    return f"CASE WHEN {whole} THEN {len(words)} ELSE {pairs} END"


def _rank(query, params):
    """As :func:`.query._rank_with_vectors`: ``ts_rank`` of the folded terms (all of them),
    plus that of the marked ones (any) when the reader typed accents."""
    params.append(" & ".join(query.folded))
    rank = "ts_rank(vector, to_tsquery('simple'::regconfig, %s))"
    if query.marked:
        params.append(" | ".join(query.marked))
        rank += " + ts_rank(vector, to_tsquery('simple'::regconfig, %s))"
    return rank


class VectorRanking:
    """The rows ``(id, number of candidates)`` of one page of the ranked candidates of
    ``matches``; iterating runs the statement."""

    def __init__(self, matches, query, candidates, bottom, top):
        self.db = matches.db
        found = newest_candidates(matches, candidates, ("pk", "published_at", "vector"))
        sql, params = found.query.sql_with_params()
        exact_params, nearness_params, rank_params = [], [], []
        exact = _tsquery("copy", query.marked, "&", exact_params) if query.marked else "TRUE"
        nearness = _nearness(query.words, nearness_params)
        rank = _rank(query, rank_params)
        self.sql = RANKING.format(candidates=sql, exact=exact, nearness=nearness, rank=rank)
        # In the order of their placeholders in the statement.
        self.params = (
            *exact_params,
            *nearness_params,
            *params,
            top,
            *rank_params,
            top - bottom,
            bottom,
        )

    def sql_with_params(self):
        return self.sql, self.params

    def __iter__(self):
        with connections[self.db].cursor() as cursor:
            cursor.execute(self.sql, self.params)
            return iter(cursor.fetchall())
