"""How many opinions each draft and each article received: counted by the database in one
``GROUP BY``, so the figure is exact whatever happens concurrently, and kept in the shared
cache (a kept fragment) until an opinion arrives or changes status."""

from django.db import transaction
from django.db.models import Count

from ..fragments import cached_fragment, forget_fragments
from .models import DraftOpinion

FRAGMENT = "consultation"
#: Opinions that count as received: not rejected, not spam.
RECEIVED = (DraftOpinion.Status.PENDING, DraftOpinion.Status.APPROVED)


def count_opinions(page_id):
    """``{"total": n, "articles": {article_key: n}}`` (the key ``""``: the whole draft)."""
    rows = (
        DraftOpinion.objects.filter(page_id=page_id, status__in=RECEIVED)
        .values_list("article_key")
        .annotate(count=Count("pk"))
        .order_by()
    )
    articles = dict(rows)
    return {"total": sum(articles.values()), "articles": articles}


def kept_counts(page, request=None):
    return cached_fragment(
        FRAGMENT, page.pk, "counts", lambda: count_opinions(page.pk), request=request
    )


def opinion_totals(page_ids):
    """``{page_id: received opinions}`` for a list of drafts, in one query."""
    if not page_ids:
        return {}
    rows = (
        DraftOpinion.objects.filter(page_id__in=page_ids, status__in=RECEIVED)
        .values_list("page_id")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return dict(rows)


def forget_counts(page_ids):
    """After commit: drop the kept counts and renders of these drafts, in every process, and
    purge them (and their index) from a front-end cache."""
    page_ids = sorted(set(page_ids))
    if page_ids:
        transaction.on_commit(lambda: _forget(page_ids))


def _forget(page_ids):
    from django.apps import apps

    for page_id in page_ids:
        forget_fragments(FRAGMENT, page_id)
    if apps.is_installed("wagtail.contrib.frontend_cache"):
        from wagtail.contrib.frontend_cache.utils import PurgeBatch
        from wagtail.models import Page

        batch = PurgeBatch()
        for page in Page.objects.filter(pk__in=page_ids).specific():
            batch.add_page(page)
            parent = page.get_parent()
            if parent is not None:
                batch.add_page(parent.specific)
        batch.purge()
