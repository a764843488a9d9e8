"""Race-safe increments of the daily rows (the only writes of the visit statistics)."""

from django.db import IntegrityError, connection, transaction
from django.db.models import F

from .models import PageViewDaily, SiteVisitDaily


def increment(model, keys, amounts, **create_fields):
    """Add ``amounts`` to the row identified by ``keys``, creating it when it is missing.

    UPDATE first (the common case: one statement). When no row exists, INSERT in a savepoint;
    if a concurrent request inserted it first, the unique constraint rejects ours and the
    UPDATE is retried against the row that now exists, so no increment is lost. An INSERT that
    fails because the page or site was deleted meanwhile drops the count (nothing to count on):
    the retried UPDATE finds no row. Returns whether the amounts were added.
    """
    updates = {name: F(name) + amount for name, amount in amounts.items() if amount}
    if not updates:
        return True
    if model.objects.filter(**keys).update(**updates):
        return True
    try:
        with transaction.atomic():
            model.objects.create(**keys, **create_fields, **amounts)
            # Foreign keys are checked at commit; check now, so a missing page fails here
            # even inside an outer transaction (a flush) instead of failing all of it.
            connection.check_constraints(table_names=[model._meta.db_table])
    except IntegrityError:
        return bool(model.objects.filter(**keys).update(**updates))
    return True


def add_page_views(site_id, page_id, day, views):
    """False when the page (or site) no longer exists: the views are dropped."""
    return increment(
        PageViewDaily, {"page_id": page_id, "date": day}, {"views": views}, site_id=site_id
    )


def add_site_figures(site_id, day, views=0, visits=0, visitors=0):
    increment(
        SiteVisitDaily,
        {"site_id": site_id, "date": day},
        {"views": views, "visits": visits, "visitors": visitors},
    )
