"""What the catalogue shows for one query string: the same HTML for every reader."""

from django.utils.translation import ngettext

from ..content.filters import paginate
from ..locale_vi import vn_number
from .forms import ProcedureFilterForm


def catalogue_context(index_page, request, pages, **sub_list):
    form = ProcedureFilterForm(request.GET or None, index_page=index_page)
    items = paginate(request, form.apply(pages), index_page.per_page)
    query = form.canonical_query()
    return {
        "filter_form": form,
        "items": items,
        "listing_url": request.path,
        # Combinations of filters stay out of search engines: each procedure has its page.
        "robots_noindex": len(query) > 1 or bool(form.errors),
        "shown_page": index_page.shown_listing(request, form, items.number, **sub_list),
        "result_count_text": ngettext(
            "%(count)s procedure found", "%(count)s procedures found", items.paginator.count
        )
        % {"count": vn_number(items.paginator.count)},
    }
