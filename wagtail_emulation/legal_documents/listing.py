"""What the library page shows for one query string: the form, the page of documents, and
the addresses around it (canonical, feeds, exports) — the same HTML for every reader."""

from urllib.parse import urlencode

from django.utils.translation import ngettext

from ..content.filters import paginate
from .forms import LibraryFilterForm
from .models import with_status
from .status import LegalStatus


def filtered_documents(index_page, request, pages=None):
    """``(form, queryset)``: the index's documents narrowed and ordered by the query string."""
    form = LibraryFilterForm(request.GET or None, index_page=index_page)
    pages = index_page.listed_pages() if pages is None else pages
    return form, form.apply(pages).order_by(*form.ordering())


def library_context(index_page, request, pages=None, **sub_list):
    form, documents = filtered_documents(index_page, request, pages)
    items = paginate(request, with_status(documents), index_page.per_page)
    items.object_list = list(items.object_list)
    for document in items.object_list:  # the status came with the row: no query per document
        document.__dict__["status"] = LegalStatus(document.status_code)
    query = form.canonical_query()
    filters = f"?{urlencode(query)}" if query else ""
    return {
        "filter_form": form,
        "items": items,
        "listing_url": request.path,
        # Combinations of filters (and sorted or broken variants) are left out of search
        # engines: there are millions of them, and each document has its own page anyway.
        "robots_noindex": len(query) > 1 or bool(form.errors) or "sort" in request.GET,
        "shown_page": index_page.shown_listing(request, form, items.number, **sub_list),
        "feed_query": filters,
        "result_count_text": ngettext(
            "%(count)s document found", "%(count)s documents found", items.paginator.count
        )
        % {"count": _vn_number(items.paginator.count)},
    }


def _vn_number(value):
    from ..locale_vi import vn_number

    return vn_number(value)
