"""``{% load wagtail_emulation %}`` — the package's one template tag library.

Core tags live here; each installed sub-app adds its own library through the
``register_emulation_template_tags`` hook (:mod:`wagtail_emulation.hooks`), so a site loads one
library whatever sub-apps it uses.
"""

from django import template
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail import hooks
from wagtail.models import Page, Site

from .. import absolute_urls, languages, province, visibility
from ..content.kept_filters import do_kept_filter_form
from ..content.metadata import shown_page as page_shown
from ..content.structured_data import render_structured_data
from ..feedback.widgets import render_feedback, render_feedback_head
from ..hooks import FOOT, PAGE_SECTIONS, TEMPLATE_TAGS, each
from ..locale_vi import machine_datetime, vn_ordinal_word
from ..locale_vi import vn_dateline as format_dateline
from ..locale_vi import vn_number as format_number
from ..models import EmulationSettings
from ..page_fragments import FRAGMENT_NAME as PAGE_FRAGMENTS
from ..page_fragments import do_frame_fragment, do_page_fragment, keep_page_render
from ..reader_tools import article_tools_context
from ..site_settings import read_portal_settings

register = template.Library()


@register.simple_tag
def vn_dateline(value, with_time=True):
    """``{% vn_dateline page.first_published_at %}`` → "Thứ Năm, 14/5/2020 10:13"."""
    return format_dateline(value, with_time=with_time)


@register.simple_tag
def vn_time(value, with_time=True):
    """``{% vn_time comment.created_at %}`` → ``<time datetime="2020-05-14T10:13:00+07:00">Thứ
    Năm, 14/5/2020 10:13</time>``: the date line with a valid machine-readable date."""
    if value is None:
        return ""
    return format_html(
        '<time datetime="{}">{}</time>',
        machine_datetime(value),
        format_dateline(value, with_time=with_time),
    )


@register.filter
def vn_number(value):
    """``{{ total|vn_number }}`` → "2.194.296" in any active language."""
    try:
        return format_number(int(value))
    except (TypeError, ValueError):
        return value


@register.simple_tag(takes_context=True)
def absolute_url(context, url, page=None):
    """``{% absolute_url rendition.url %}``: the address on the Site of the request (not
    ``WAGTAILADMIN_BASE_URL``, which Wagtail's ``Rendition.full_url`` uses)."""
    return absolute_urls.absolute_url(url, context.get("request"), page or context.get("page"))


@register.filter
def is_public(page):
    """``{% if page.campaign|is_public %}``: link another page only when anonymous readers
    may see it (live, under no view restriction)."""
    return visibility.is_public(page)


@register.inclusion_tag("wagtail_emulation/tags/shared_source.html", takes_context=True)
def shared_source(context, page):
    """Under a listed page another site shares: that site's name, linked to its home."""
    return {"source": province.source_of(page, context.get("shared_sources") or ())}


@register.filter
def vn_ordinal(value):
    """``{{ forloop.counter|vn_ordinal }}`` → "Một", "Hai", … "Hai mươi"."""
    try:
        return vn_ordinal_word(int(value))
    except (TypeError, ValueError):
        return value


@register.inclusion_tag("wagtail_emulation/tags/website_links.html", takes_context=True)
def website_links(context):
    """The site's "Liên kết website" box: a select that jumps, and a plain list."""
    request = context.get("request")
    if request is None:
        return {"links": []}
    portal_settings = read_portal_settings(request)
    return {
        "links": list(portal_settings.website_links.all()),
        "heading": portal_settings.website_links_title,
        "request": request,
    }


def _agency_context(context):
    """The portal settings and the agency's name (the site's name when editors left it empty).

    The site comes from the request (Wagtail memoises it there), not from the setting's
    foreign key, which would cost a query on every page.
    """
    request = context.get("request")
    if request is None:
        return {"agency": EmulationSettings(), "agency_name": "", "home_url": "/"}
    site = Site.find_for_request(request)
    portal_settings = read_portal_settings(request, site=site)
    site_name = site.site_name if site else ""
    return {
        "agency": portal_settings,
        "agency_name": portal_settings.agency_name or site_name,
        # English pages link their own home (/en/); without English, "/" costs no query.
        "home_url": site.root_page.localized.get_url(request)
        if site and languages.english_enabled()
        else "/",
    }


@register.inclusion_tag("wagtail_emulation/tags/agency_header.html", takes_context=True)
def agency_header(context):
    """The portal's masthead: parent agency, the agency's name linking home, today's date.

    The date is the day the page was rendered: a shared page cache keeps it for its lifetime
    (minutes), so it may lag past midnight by at most that long.
    """
    return {**_agency_context(context), "today": timezone.localdate()}


@register.inclusion_tag("wagtail_emulation/tags/agency_footer.html", takes_context=True)
def agency_footer(context):
    """The "cơ quan chủ quản" lines every Vietnamese portal ends with, from the portal settings."""
    return _agency_context(context)


@register.simple_tag(takes_context=True)
def reader_feedback(context, page):
    """Every installed feedback widget (stars, comments, views…) for ``page``, in order."""
    return render_feedback(context, page)


@register.simple_tag(takes_context=True)
def reader_feedback_head(context, page):
    """What the feedback widgets put in ``<head>`` (e.g. the rating's JSON-LD)."""
    return render_feedback_head(context, page)


@register.inclusion_tag("wagtail_emulation/head.html")
def emulation_head():
    """In ``<head>``: the package's shared stylesheet (screen-reader-only text, the links box)
    and the reader tools' stylesheet and scripts (the stored text size and contrast apply
    before the page paints)."""
    return {}


@register.simple_tag(takes_context=True)
def shown_page(context, page=None):
    """``{% shown_page as shown %}``: what the response shows (``shown.title``, ``.url``,
    ``.description``): the view's own (a tag archive, a filtered list), else ``page`` (default:
    the context's) at its own address; ``None`` without either."""
    shown = context.get("shown_page")
    page = context.get("page") if page is None else page
    if shown is None and page is not None:
        shown = page_shown(page, context.get("request"))
    return shown


@register.simple_tag(takes_context=True)
def page_meta(context, page=None):
    """In ``<head>``, in place of ``wagtail start``'s description line: the
    ``<meta name="description">`` and ``<link rel="canonical">`` of what the response shows."""
    shown = shown_page(context, page)
    if shown is None:
        return ""
    description = shown.description and format_html(
        '<meta name="description" content="{}">', shown.description
    )
    canonical = shown.url and format_html('<link rel="canonical" href="{}">', shown.url)
    return mark_safe("\n".join(tag for tag in (description, canonical) if tag))  # noqa: S308 - format_html


@register.simple_tag(takes_context=True)
def language_switcher(context, page=None):
    """``{% language_switcher page %}``: links to ``page`` (default: the context's) in the
    other content languages, or to that language's home page when it has no translation.
    Nothing at all on a site without English."""
    page = context.get("page") if page is None else page
    links = languages.language_links(page, context.get("request"))
    if not links:
        return ""
    return render_to_string(
        "wagtail_emulation/tags/language_switcher.html",
        {"links": links, "page_id": getattr(page, "pk", None)},
    )


@register.simple_tag(takes_context=True)
def language_alternates(context, page=None):
    """In ``<head>``: ``<link rel="alternate" hreflang="…">`` for each live translation of
    ``page`` (default: the context's) and ``x-default``; nothing when it has none."""
    page = context.get("page") if page is None else page
    request = context.get("request")

    def render():
        addresses = languages.alternate_addresses(page, request)
        return format_html_join("\n", '<link rel="alternate" hreflang="{}" href="{}">', addresses)

    if not isinstance(page, Page) or not languages.english_enabled():
        return render()  # nothing to read: no cache round trip either
    # Every page's head asks for them, and they change only with a publication, a move or a
    # privacy change: kept with the page's other parts, they cost no query.
    kept = keep_page_render(PAGE_FRAGMENTS, request, page, "language-alternates", render)
    return mark_safe(kept)  # noqa: S308 - format_html_join's output, kept as text


@register.simple_tag(takes_context=True)
def structured_data(context, page=None):
    """The page's one JSON-LD document (``<script type="application/ld+json">``): its own
    schema.org node, with what installed sub-apps add (a rating), and its breadcrumbs."""
    page = context.get("page") if page is None else page
    return render_structured_data(context, page) if page is not None else ""


@register.simple_tag(takes_context=True)
def emulation_foot(context, page=None):
    """Before ``</body>``: what the installed sub-apps add to every page (the visit tracker).

    ``page`` defaults to the context's ``page``; without one (a non-Wagtail view), sub-apps
    add what does not need a page, if anything.
    """
    page = context.get("page") if page is None else page
    return mark_safe(  # noqa: S308 - each hook escapes its own output
        "".join(str(render(context, page)) for render in hooks.get_hooks(FOOT))
    )


@register.simple_tag(takes_context=True)
def page_sections(context, page=None):
    """Under an article: what installed sub-apps show about ``page`` (default: the context's),
    e.g. the commendation decisions of a campaign; nothing when none has anything."""
    page = context.get("page") if page is None else page
    return mark_safe(  # noqa: S308 - each hook escapes its own output
        "".join(str(render(context, page)) for render in hooks.get_hooks(PAGE_SECTIONS))
    )


@register.inclusion_tag("wagtail_emulation/reader_tools/display_tools.html")
def reader_tools():
    """Text size A− / A / A+ and the high-contrast toggle, remembered across pages."""
    return {}


@register.inclusion_tag("wagtail_emulation/reader_tools/article_tools.html", takes_context=True)
def article_tools(context, page=None, target="main"):
    """Print, share links, copy link and "Đọc bài" for ``page`` (default: the context's).

    ``target`` is the CSS selector of what "Đọc bài" reads (its first ``<article>`` if any).
    """
    return article_tools_context(context, page, target)


register.tag("page_fragment", do_page_fragment)
register.tag("frame_fragment", do_frame_fragment)
register.tag("kept_filter_form", do_kept_filter_form)


def _merge_subapp_libraries():
    for library in each(TEMPLATE_TAGS):
        register.tags.update(library.tags)
        register.filters.update(library.filters)


_merge_subapp_libraries()
