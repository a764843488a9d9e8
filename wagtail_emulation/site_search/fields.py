"""A ``tsvector`` column on PostgreSQL that other databases keep as an empty text column.

Django's own ``SearchVectorField`` lives in ``django.contrib.postgres``, which needs a
PostgreSQL driver even to be imported; a site on SQLite may have none. This field has the same
column on PostgreSQL, and the ``match`` lookup (``@@``); elsewhere the column stays NULL and
the search matches on the plain term columns (:mod:`.query`).
"""

from django.db import models


class TermVectorField(models.Field):
    description = "A PostgreSQL tsvector (NULL elsewhere)"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("null", True)
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def db_type(self, connection):
        return "tsvector" if connection.vendor == "postgresql" else "text"


@TermVectorField.register_lookup
class Match(models.Lookup):
    """``vector__match=SearchQuery(...)``: the vector matches the text-search query."""

    lookup_name = "match"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} @@ {rhs}", (*lhs_params, *rhs_params)
