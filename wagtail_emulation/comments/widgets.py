"""``{% comments_block page %}``: the cacheable part of comments.

It renders only what is the same for every reader — the approved list, "Bình luận (N)" and a
link to the uncached comment page — so the page around it stays cacheable. It reads one row
set (see ``listing.py``) and writes nothing. The list's pages are ``?binh-luan=N`` URLs of the
page itself: each is a plain cacheable URL, and page 1 is the page's own URL.
"""

from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Site

from ..content.filters import page_number
from ..fragments import ALL, cached_fragment, forget_fragments
from .availability import comments_open, comments_shown
from .listing import approved_listing
from .params import NOTICE_PARAM, NOTICES, PAGE_PARAM
from .site_settings import comment_settings

TEMPLATE = "wagtail_emulation/comments/block.html"


def requested_list_page(request):
    return page_number(request, PAGE_PARAM) if request is not None else 1


def render_comments_block(context, page):
    """The block, from the shared cache until the page's public list changes."""
    request = context.get("request")
    if page is None or getattr(page, "pk", None) is None:
        return ""
    if request is None or getattr(request, "is_preview", False):
        return _render_block(request, page)
    site = Site.find_for_request(request)
    # Only known values go into the key: any other ?binh-luan-gui= would add a cache entry.
    notice = NOTICES.get(request.GET.get(NOTICE_PARAM, ""), "")
    variant = f"{site.pk if site else 0}:{request.path}:{requested_list_page(request)}:{notice}"
    return cached_fragment(
        "comments", page.pk, variant, lambda: _render_block(request, page), request=request
    )


def forget_comment_blocks(sender=None, page_ids=(), instance=None, **kwargs):
    """Connected to ``comment_list_changed`` and to publishing (the page's own switch)."""
    for page_id in [*page_ids, *([instance.pk] if instance is not None else [])]:
        forget_fragments("comments", page_id)


def forget_all_comment_blocks(**kwargs):
    """The site's comment settings changed: every page's block may read differently."""
    forget_fragments("comments", ALL)


def _render_block(request, page):
    settings = comment_settings(request, site=None if request is not None else page.get_site())
    if not comments_shown(page, settings):
        return ""
    listing = approved_listing(page.pk, requested_list_page(request))
    is_open = comments_open(page, settings)
    if not is_open and not listing.count:
        return ""
    notice = NOTICES.get(request.GET.get(NOTICE_PARAM, "")) if request is not None else None
    return render_to_string(
        TEMPLATE,
        {
            "page": page,
            "listing": listing,
            "is_open": is_open,
            "notice": notice or "",
            "page_param": PAGE_PARAM,
            "base_path": request.path if request is not None else page.url,
            "comment_page_url": reverse("wagtail_emulation:comments:page", args=[page.pk]),
            "form_url": reverse("wagtail_emulation:comments:form", args=[page.pk]),
        },
    )
