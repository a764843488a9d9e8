"""The draft's text as the reader sees it, with the number of opinions beside each article
(and the approved opinions under it, when the agency publishes them): rendered once and kept
in the shared cache until the page is published again or an opinion arrives or changes."""

from collections import defaultdict

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from ..fragments import cached_fragment
from .counting import FRAGMENT, count_opinions
from .models import DraftOpinion


def published_opinions(page):
    """``{article_key: [approved opinions]}`` without contact details (one query)."""
    grouped = defaultdict(list)
    if page.publish_opinions:
        opinions = DraftOpinion.objects.filter(page=page, status=DraftOpinion.Status.APPROVED).only(
            "article_key", "name", "organisation", "body", "created_at"
        )
        for opinion in opinions:
            grouped[opinion.article_key].append(opinion)
    return dict(grouped)


def render_draft_text(page, request=None):
    def render():
        counts = count_opinions(page.pk)["articles"]
        opinions = published_opinions(page)
        form_url = reverse("wagtail_emulation:consultation:page", args=[page.pk])
        # The per-article words are made here, not by a template tag per article: a draft of
        # hundreds of articles renders in a fraction of the time.
        parts = []
        for part in page.parts:
            count = counts.get(part.key, 0)
            parts.append(
                {
                    "part": part,
                    "count_text": ngettext("%(count)s opinion", "%(count)s opinions", count)
                    % {"count": count},
                    "link_text": _("Send an opinion on %(label)s") % {"label": part.label},
                    "list_label": _("Published opinions on %(label)s") % {"label": part.label},
                    "form_url": f"{form_url}?article={part.key}",
                    "opinions": opinions.get(part.key, []),
                }
            )
        has_chapters = any(part.kind == "chapter" for part in page.parts)
        context = {
            # Under "Text of the draft" (h2): chapters h3, articles h4; without chapters, h3.
            "article_level": 4 if has_chapters else 3,
            "page": page,
            "parts": parts,
            "is_open": page.is_open,
            "whole_count": counts.get("", 0),
            "whole_opinions": opinions.get("", []),
        }
        return render_to_string("wagtail_emulation/consultation/draft_text.html", context)

    if request is None or getattr(request, "is_preview", False) or not page.pk:
        return render()
    variant = ":".join(["text", page.status().value, get_language() or "", page.cache_key])
    return cached_fragment(FRAGMENT, page.pk, variant, render, request=request)
