"""The candidates of a relevance ranking: the newest matches, found by the cheaper road.

A relevance search scores at most ``WAGTAIL_EMULATION_SEARCH_RANK_CANDIDATES`` matches, the
newest. PostgreSQL finds them by one of two roads, and which is cheaper depends on how many
pages match (measured at 100,000 pages, where each match read costs a page of the table and
its term vector):

- through the term index (GIN): read every match, keep the newest. Cheap when few match;
  a query matching 84 % of the pages reads them all (over a second).
- down the newest-first index (migration 0002): read the pages newest first, match each, stop
  after the candidates. Cheap when most pages match (1,000 candidates of "hồ sơ" in about
  1,200 pages); a query matching 10 % reads ten pages for each candidate, three times the
  cost of the term index.

PostgreSQL's own choice between them misjudges the cost of matching a page's vector, so the
search chooses: the planner's estimate of the matches (an ``EXPLAIN``, no row read) above
``WAGTAIL_EMULATION_SEARCH_BROAD_MATCHES`` walks the newest pages; at or below it the order
is given as an expression the index cannot serve, so PostgreSQL reads the term index. Both
roads give the same candidates; only their cost differs, so an estimate that is wrong costs
time, never a result. Other databases match every page's term columns anyway: they always
walk the pages newest first.
"""

import json
from datetime import timedelta

from django.db import connections
from django.db.models import DateTimeField, ExpressionWrapper, F, Value

from .conf import app_settings
from .query import NEWEST_FIRST

#: Newest first, in an order no index gives: adding nothing to the date hides the column
#: from the planner, which then reads the term index and sorts the matches.
NEWEST_FIRST_UNINDEXED = (
    ExpressionWrapper(F("published_at") + Value(timedelta(0)), output_field=DateTimeField()).desc(
        nulls_last=True
    ),
    "-pk",
)


def estimated_matches(entries):
    """PostgreSQL's estimate of how many ``entries`` there are (None on other databases)."""
    connection = connections[entries.db]
    if connection.vendor != "postgresql":
        return None
    sql, params = entries.order_by().values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)  # the ORM's statement
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):  # a driver that does not parse JSON
        plan = json.loads(plan)
    return plan[0]["Plan"]["Plan Rows"]


def walks_newest_pages(entries):
    """True when ``entries`` are best found by walking the pages newest first."""
    estimate = estimated_matches(entries)
    return estimate is None or estimate > app_settings.SEARCH_BROAD_MATCHES


def newest_candidates(entries, candidates, fields=("pk",)):
    """The ``fields`` (their ids) of the newest ``candidates`` of ``entries`` and one more
    (telling "exactly N" from "more than N"), as a subquery."""
    order = NEWEST_FIRST if walks_newest_pages(entries) else NEWEST_FIRST_UNINDEXED
    return entries.order_by(*order).values(*fields)[: candidates + 1]
