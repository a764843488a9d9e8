"""What the search page shows: the site's filter choices, the editor's picks and one page of
results with highlighted excerpts, read in a number of queries that does not grow with the
site (the choices and picks come from the shared cache; the ranked page with the count of all
matches, then its entries: see :mod:`.paging`).
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction

from ..content.filters import page_number
from ..fragments import ALL, cached_fragment
from ..locale_vi import vn_dateline
from ..province import shared_sources, shows_shared_content, source_of, under_any
from .conf import app_settings
from .excerpts import Found, excerpt, highlight, lone_words_marked
from .folding import Query, fold
from .forms import PROVINCE_WIDE, SiteSearchForm
from .fragment_names import FRAME, PICKS
from .models import SearchEntry
from .paging import RankedPaginator
from .query import RELEVANCE, matching_entries, ranked


@dataclass(frozen=True)
class Kind:
    key: str  # "app_label.model", as in the query string
    label: str
    content_type_id: int


@dataclass(frozen=True)
class Section:
    pk: int
    title: str
    path: str
    url: str


@dataclass
class Frame:
    """What the page needs of the site besides the results: filter choices and privacy."""

    types: list = field(default_factory=list)
    sections: list = field(default_factory=list)
    private_paths: list = field(default_factory=list)

    def kind(self, key):
        return next((kind for kind in self.types if kind.key == key), None)

    def section(self, pk):
        return next((section for section in self.sections if str(section.pk) == str(pk)), None)

    def section_of(self, path):
        return next((s for s in self.sections if path.startswith(s.path)), None)


def _build_frame(site, request):
    root = site.root_page
    type_ids = (
        SearchEntry.objects.filter(path__startswith=root.path)
        .order_by()
        .values_list("content_type_id", flat=True)
        .distinct()
    )
    types = []
    for content_type_id in type_ids:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            meta = model._meta
            types.append(
                Kind(
                    f"{meta.app_label}.{meta.model_name}",
                    str(capfirst(meta.verbose_name_plural)),
                    content_type_id,
                )
            )
    types.sort(key=lambda kind: fold(kind.label))
    sections = [
        Section(page.pk, page.title, page.path, page.get_url(request))
        for page in root.get_children().live().public().order_by("path")
    ]
    private = PageViewRestriction.objects.filter(page__path__startswith=root.path)
    return Frame(types, sections, sorted(set(private.values_list("page__path", flat=True))))


def private_paths_of(sources):
    """The paths of the restricted pages on the sites of ``sources`` (one query, or none)."""
    if not sources:
        return []
    restricted = PageViewRestriction.objects.filter(under_any(sources, "page__path"))
    return sorted(set(restricted.values_list("page__path", flat=True)))


def site_frame(site, request):
    return cached_fragment(
        FRAME, ALL, f"frame:{site.pk}:{get_language()}", lambda: _build_frame(site, request)
    )


@dataclass(frozen=True)
class Pick:
    title: str
    url: str
    description: str


def _build_picks(site, request):
    """Every editor's pick of the site, by folded query ("thi dua" for "Thi đua")."""
    if not apps.is_installed("wagtail.contrib.search_promotions"):
        return {}
    from wagtail.contrib.search_promotions.models import SearchPromotion

    picks = {}
    promotions = SearchPromotion.objects.select_related("query", "page").order_by(
        "query_id", "sort_order", "pk"
    )
    public = set(
        Page.objects.live()
        .public()
        .filter(pk__in=[p.page_id for p in promotions if p.page_id])
        .values_list("pk", flat=True)
    )
    for promotion in promotions:
        if promotion.page_id:
            page = promotion.page
            if page.pk not in public or not page.path.startswith(site.root_page.path):
                continue
            pick = Pick(page.title, page.get_url(request), promotion.description)
        elif promotion.external_link_url:
            pick = Pick(
                promotion.external_link_text or promotion.external_link_url,
                promotion.external_link_url,
                promotion.description,
            )
        else:
            continue
        picks.setdefault(" ".join(fold(promotion.query.query_string).split()), []).append(pick)
    return picks


def editors_picks(site, request, query_text):
    picks = cached_fragment(PICKS, ALL, f"picks:{site.pk}", lambda: _build_picks(site, request))
    return picks.get(" ".join(fold(query_text).split()), [])


FILTERS_TEMPLATE = "wagtail_emulation/site_search/search_filters.html"


def filter_fields(form, site):
    """The filter fields' HTML. Django renders each choice of a select from a template (about
    10 ms for the site's types and sections); with no filter set, as in most searches, the
    fields read the same for every search of the site, so they are kept with its frame."""

    def render():
        return render_to_string(FILTERS_TEMPLATE, {"form": form})

    if not form.is_bound or form.errors or form.is_filtering:
        return render()
    variant = f"filters:{site.pk}:{get_language()}:{form.value('sort') or ''}"
    return mark_safe(cached_fragment(FRAME, ALL, variant, render))  # noqa: S308 - our template


@dataclass
class Result:
    title: str
    url: str
    excerpt: str
    date: str
    kind: str
    section: str


def _section_label(section, entry, repeats_type):
    """The section's title, unless the result is the section itself or the title only
    repeats the type (``repeats_type``: "Phong trào thi đua" under "Phong trào thi đua")."""
    if section is None or entry.path == section.path or repeats_type:
        return ""
    return section.title


def _labels(content_type_id, section):
    """``(type label, whether the section's title only repeats the type)`` of a result."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return "", False
    plural = str(model._meta.verbose_name_plural)
    repeats = section is not None and fold(section.title) == fold(plural)
    return str(capfirst(model._meta.verbose_name)), repeats


def _results(entries, query, frame, request, sources=()):
    words = query.words
    # The labels of a type in a section are the same for each of its results: made once.
    labels = {}
    results = []
    for entry in entries:
        section = frame.section_of(entry.path)
        key = (entry.content_type_id, section.pk if section else None)
        if key not in labels:
            labels[key] = _labels(entry.content_type_id, section)
        kind, repeats_type = labels[key]
        source = source_of(entry, sources)
        title, text = Found(entry.title, words), Found(entry.text, words)
        lone = lone_words_marked((title, text), words)
        results.append(
            Result(
                title=highlight(title, words, lone),
                url=entry.page.get_url(request),
                excerpt=excerpt(text, words, lone_words=lone),
                date=vn_dateline(entry.published_at, with_time=False),
                kind=kind,
                section=source.name if source else _section_label(section, entry, repeats_type),
            )
        )
    return results


def search_context(request, site):
    """The search page's context for ``request.GET``."""
    frame = site_frame(site, request)
    province_wide = shows_shared_content(site, request)
    form = SiteSearchForm(request.GET or None, frame=frame, province_wide=province_wide)
    query = Query(form.value("q") or "", max_words=app_settings.SEARCH_MAX_WORDS)
    context = {
        "form": form,
        "query": query,
        "frame": frame,
        "results": [],
        "picks": [],
        "province_wide_search": province_wide,
        "filter_fields": filter_fields(form, site),
    }
    if not query:
        return context
    kind = frame.kind(form.value("type"))
    section = frame.section(form.value("section"))
    wide = form.value("pham_vi") == PROVINCE_WIDE
    sources = shared_sources(site, request) if wide else []
    matches = matching_entries(
        [site.root_page.path, *(source.root_path for source in sources)],
        query,
        private_paths=[*frame.private_paths, *private_paths_of(sources)],
        content_type_id=kind.content_type_id if kind else None,
        section_path=section.path if section else None,
        date_from=form.value("date_from"),
        date_to=form.value("date_to"),
    )
    order = form.value("sort") or RELEVANCE
    candidates = app_settings.SEARCH_RANK_CANDIDATES if order == RELEVANCE else 0
    paginator = RankedPaginator(
        matches,
        app_settings.SEARCH_PER_PAGE,
        lambda entries: ranked(entries, query, order),
        candidates,
        query=query,
    )
    page = paginator.get_page(page_number(request))
    context.update(
        {
            "page_obj": page,
            "count": paginator.count,
            "approximate": paginator.approximate,
            "page_range": list(paginator.get_elided_page_range(page.number, on_each_side=2)),
            "ellipsis": Paginator.ELLIPSIS,
            "results": _results(page.object_list, query, frame, request, sources),
            "picks": editors_picks(site, request, query.text),
        }
    )
    return context
