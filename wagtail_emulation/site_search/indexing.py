"""Keeping :class:`~.models.SearchEntry` in step with the pages, for any page type.

A page's text comes from its own ``search_fields`` (Wagtail's declarations: the package's
types and a host's alike): the ``title`` field, the *key* fields (a boost of 2 or more, the
related fields such as tags, and the search description) and the rest as *body*. Publishing
indexes a page, unpublishing drops it, deleting it drops its entry with it (cascade), a move
updates the paths. ``manage.py rebuild_site_search`` (re)indexes every live page.
"""

from functools import reduce
from operator import add

from django.db import connections, router
from django.db.models import OuterRef, Subquery, TextField, Value, prefetch_related_objects
from django.utils.encoding import force_str
from wagtail.models import Page
from wagtail.search import index

from .conf import app_settings
from .folding import index_terms, normalize
from .models import SearchEntry

#: A field with at least this boost counts as a key field (ranked above the body).
KEY_BOOST = 2
UPDATED_FIELDS = [
    "content_type",
    "path",
    "published_at",
    "title",
    "text",
    "title_terms",
    "key_terms",
    "body_terms",
    "vector",
]


def uses_vectors():
    """True on PostgreSQL: terms go into a ``tsvector``; elsewhere into the term columns."""
    return connections[router.db_for_write(SearchEntry)].vendor == "postgresql"


def _strings(value):
    """The texts in a search field's value (strings, lists and dicts of them, objects)."""
    if value is None:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    else:
        yield force_str(value)


def _field_texts(obj, fields, related=False):
    """``(kind, text)`` for each value of ``fields`` on ``obj``; kind is "title", "key",
    "related" (tags and other related objects: matched, not shown) or "body"."""
    for field in fields:
        if isinstance(field, index.SearchField):
            if related:
                kind = "related"
            elif field.field_name == "title":
                kind = "title"
            else:
                kind = "key" if (field.boost or 0) >= KEY_BOOST else "body"
            for text in _strings(field.get_value(obj)):
                yield kind, text
        elif isinstance(field, index.RelatedFields):
            value = field.get_value(obj)
            if value is None:
                continue
            if hasattr(value, "all"):
                # In a fixed order (tags have none): the same page gets the same entry whether
                # indexed on publishing or by a rebuild, and so the same rank.
                items = sorted(value.all(), key=lambda item: (item.pk is None, item.pk or 0))
            else:
                items = [value() if callable(value) else value]
            for item in items:
                yield from _field_texts(item, field.fields, related=True)


def page_texts(page):
    """``{"title", "key", "related", "body"}`` texts of a specific page, as its search fields
    give them (the search description counts as a key field)."""
    texts = {"title": [], "key": [], "related": [], "body": []}
    if page.search_description:
        texts["key"].append(page.search_description)
    for kind, text in _field_texts(page, page.get_search_fields()):
        text = " ".join(normalize(text).split())
        if text and text not in texts[kind]:
            texts[kind].append(text)
    return {kind: " ".join(found) for kind, found in texts.items()}


def _vector(*weighted_terms):
    """The ``tsvector`` of (terms, weight) pairs, built by PostgreSQL on insert."""
    from django.contrib.postgres.search import SearchVector

    parts = [
        SearchVector(Value(terms, output_field=TextField()), weight=weight, config="simple")
        for terms, weight in weighted_terms
        if terms
    ]
    if not parts:
        return SearchVector(Value("", output_field=TextField()), config="simple")
    return reduce(add, parts)


def build_entry(page, vectors):
    limit = app_settings.SEARCH_TEXT_CHARS
    texts = page_texts(page)
    title = texts["title"] or page.title
    key, body = texts["key"][:limit], texts["body"][:limit]
    entry = SearchEntry(
        page_id=page.pk,
        content_type_id=page.content_type_id,
        path=page.path,
        published_at=page.first_published_at or page.last_published_at,
        title=title[:255],
        text=f"{key} {body}".strip()[:limit],
    )
    key_terms = index_terms(f"{key} {texts['related'][:limit]}")
    terms = (index_terms(title), key_terms, index_terms(body))
    if vectors:
        entry.vector = _vector(*zip(terms, "ABD", strict=True))
    else:
        entry.title_terms, entry.key_terms, entry.body_terms = terms
    return entry


def _prefetch_related_fields(pages):
    """One query per related field and page type, not one per page (tags, for one)."""
    by_class = {}
    for page in pages:
        by_class.setdefault(type(page), []).append(page)
    for model, objs in by_class.items():
        names = [
            field.field_name
            for field in model.get_search_fields()
            if isinstance(field, index.RelatedFields)
        ]
        if names:
            prefetch_related_objects(objs, *names)


def index_pages(pages):
    """Add or refresh the entries of these specific, live pages (one upsert)."""
    pages = [page for page in pages if page.live and page.depth > 1]
    if not pages:
        return 0
    _prefetch_related_fields(pages)
    vectors = uses_vectors()
    entries = [build_entry(page, vectors) for page in pages]
    SearchEntry.objects.bulk_create(
        entries, update_conflicts=True, unique_fields=["page"], update_fields=UPDATED_FIELDS
    )
    return len(entries)


def forget_pages(page_ids):
    SearchEntry.objects.filter(page_id__in=page_ids).delete()


def follow_move(page):
    """After a move, the entries of the page and of its descendants take their new paths."""
    SearchEntry.objects.filter(page__path__startswith=page.path).update(
        path=Subquery(Page.objects.filter(pk=OuterRef("page_id")).values("path")[:1])
    )


def rebuild(progress=None, batch_size=500):
    """Index every live page of every site, then drop entries of pages no longer live.

    ``progress(done, total)`` is called after each batch. Memory stays bounded by the batch.
    """
    pages = Page.objects.live().filter(depth__gt=1).order_by("pk")
    total = pages.count()
    done, last_pk = 0, 0
    if progress:
        progress(done, total)
    while True:
        batch = list(pages.filter(pk__gt=last_pk).specific()[:batch_size])
        if not batch:
            break
        index_pages(batch)
        done += len(batch)
        last_pk = max(page.pk for page in batch)
        if progress:
            progress(min(done, total), total)
    stale = SearchEntry.objects.exclude(page__in=Page.objects.live().filter(depth__gt=1))
    removed = stale.delete()[0]
    _refresh_statistics()
    _forget_cached_searches()
    return done, removed


def _forget_cached_searches():
    """A rebuild (after an import, say) sent no publishing signal: drop the cached filter
    choices and rankings, as publishing does."""
    from ..fragments import ALL, forget_fragments
    from .fragment_names import FRAME, RANKINGS

    for name in (FRAME, RANKINGS):
        forget_fragments(name, ALL)


def _refresh_statistics():
    """PostgreSQL: fresh planner statistics after a bulk (re)index. Without them the planner
    may read every row's vector instead of the GIN index (3× slower at 35,000 pages)."""
    connection = connections[router.db_for_write(SearchEntry)]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(SearchEntry._meta.db_table)}")


def connect_signals():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    def published(sender, instance, **kwargs):
        index_pages([instance])

    def unpublished(sender, instance, **kwargs):
        forget_pages([instance.pk])

    def moved(sender, instance, **kwargs):
        follow_move(instance)

    uid = "wagtail_emulation_site_search:{}"
    page_published.connect(published, weak=False, dispatch_uid=uid.format("published"))
    page_unpublished.connect(unpublished, weak=False, dispatch_uid=uid.format("unpublished"))
    post_page_move.connect(moved, weak=False, dispatch_uid=uid.format("moved"))
