"""Rendering the star widget, and the rating in the page's JSON-LD, from a page and the request.

The HTML is the same for every reader (figures only; the reader's own score and the CSRF token
come from the state endpoint), and rendering it reads at most the site setting and the page's
summary row. Both are kept in the shared cache until a vote changes the page's figures
(``summaries.forget_summary``), the rating settings change, or the page is published again.
"""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import ngettext

from ..fragments import ALL, forget_fragments
from ..page_fragments import keep_page_render
from .availability import ratings_are_on
from .display import average_data, average_text, summary_text
from .models import SCORES
from .summaries import RENDERS_FRAGMENT, page_summary

WIDGET_TEMPLATE = "wagtail_emulation/ratings/widget.html"


def thanks_anchor(page):
    return f"emulation-rating-thanks-{page.pk}"


def star_choices(page, chosen):
    """The five radios, labelled here rather than in the template's loop (cheaper to render)."""
    return [
        {
            "score": score,
            "id": f"emulation-rating-{page.pk}-{score}",
            "label": ngettext("%(stars)s star", "%(stars)s stars", score) % {"stars": score},
            "checked": score == chosen,
        }
        for score in SCORES
    ]


def widget_context(request, page, *, error=None, chosen=None):
    summary = page_summary(page, request)
    return {
        "page": page,
        "summary": summary,
        "summary_text": summary_text(summary),
        "average_text": average_text(summary.average),
        "average_data": average_data(summary.average),
        "stars": star_choices(page, chosen),
        "error": error,
        "thanks_anchor": thanks_anchor(page),
        "vote_url": reverse("wagtail_emulation:ratings:vote", args=[page.pk]),
        "state_url": reverse("wagtail_emulation:state", args=[page.pk]),
    }


def forget_all_rating_renders(**kwargs):
    """The rating settings changed: every page's widget may read differently."""
    forget_fragments(RENDERS_FRAGMENT, ALL)


def render_rating_widget(context, page, **kwargs):
    """``{% rating_widget page %}`` and the "rating" feedback widget; "" when ratings are off.

    ``kwargs`` (an error, the chosen score) re-render the form for one reader: never kept.
    """
    request = context.get("request")

    def render():
        if not ratings_are_on(request, page):
            return ""
        return render_to_string(WIDGET_TEMPLATE, widget_context(request, page, **kwargs), request)

    if kwargs or page is None:
        return render()
    return keep_page_render(RENDERS_FRAGMENT, request, page, "widget", render)


def rating_structured_data(request, page):
    """``{"aggregateRating": …}`` for the page's own node in its JSON-LD once it has a vote,
    else ``{}`` (the ``register_emulation_structured_data`` hook)."""
    return keep_page_render(
        RENDERS_FRAGMENT, request, page, "structured-data", lambda: _aggregate_rating(request, page)
    )


def _aggregate_rating(request, page):
    if not ratings_are_on(request, page):
        return {}
    summary = page_summary(page, request)
    if not summary.count:
        return {}
    rating = {
        "@type": "AggregateRating",
        "ratingValue": average_data(summary.average),
        "ratingCount": summary.count,
        "bestRating": max(SCORES),
        "worstRating": min(SCORES),
    }
    return {"aggregateRating": rating}
