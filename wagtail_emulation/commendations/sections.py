"""The boxes other pages show: ``{% honour_board %}`` and, under a campaign or an exemplar
story, the decisions that link to it (through the core's ``PAGE_SECTIONS`` hook).

Both are the same for every reader and kept in the shared cache until the register changes.
"""

from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from wagtail.models import Site

from ..fragments import cached_fragment
from ..sites import page_site
from .conf import app_settings
from .models import DecisionIndexPage, DecisionStory, HonourBoardPage
from .models.pages import listed_decisions, listed_recipients, with_recipients
from .signals import FRAGMENT_NAME


def _site(request):
    site = Site.find_for_request(request) if request is not None else None
    return site or Site.objects.filter(is_default_site=True).first()


def _site_variant(request):
    site = _site(request)
    return site.pk if site else 0


def first_live(model, request):
    """The site's first live page of ``model`` (for links to the register and the board)."""
    pages = model.objects.live().public()
    site = Site.find_for_request(request) if request is not None else None
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    return pages.order_by("path").first()


def render_honour_board(request, limit=None):
    limit = limit or app_settings.COMMENDATIONS_HONOUR_BOARD_SIZE

    def render():
        return render_to_string(
            "wagtail_emulation/commendations/tags/honour_board.html",
            {
                "recipients": list(listed_recipients(_site(request))[:limit]),
                "board": first_live(HonourBoardPage, request),
                "request": request,
            },
        )

    if request is None or getattr(request, "is_preview", False):
        return render()
    return cached_fragment(
        FRAGMENT_NAME, "board", f"{_site_variant(request)}:{limit}", render, request=request
    )


def render_page_section(context, page):
    """Decisions linking to ``page`` (as their campaign or one of their stories), or ``""``."""
    request = context.get("request")
    if page is None or getattr(page, "pk", None) is None:
        return ""

    def render():
        stories = DecisionStory.objects.filter(decision=OuterRef("pk"), page_id=page.pk)
        decisions = with_recipients(
            listed_decisions(page_site(page)).filter(Q(campaign_id=page.pk) | Q(Exists(stories)))
        )
        decisions = list(decisions[: app_settings.COMMENDATIONS_SECTION_SIZE])
        if not decisions:
            return ""
        register = first_live(DecisionIndexPage, request)
        return render_to_string(
            "wagtail_emulation/commendations/tags/page_section.html",
            {
                "page": page,
                "decisions": decisions,
                "register": register,
                "show_recipients": any(d.campaign_id == page.pk for d in decisions),
                "request": request,
            },
        )

    if request is None or getattr(request, "is_preview", False):
        return render()
    return cached_fragment(
        FRAGMENT_NAME, page.pk, str(_site_variant(request)), render, request=request
    )
