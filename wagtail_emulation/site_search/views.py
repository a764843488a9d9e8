"""The search page, the XML sitemaps and robots.txt: the same answer for every reader."""

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext, pgettext
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.models import Site

from ..absolute_urls import absolute_url
from ..content.metadata import ShownPage
from .conf import app_settings
from .searching import search_context
from .sitemaps import SITEMAPS

SITEMAP_URL_NAME = "wagtail_emulation_site_search:sitemap"


def _site(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    return site


@require_safe
def search_view(request):
    """``GET ?q=…&type=…&section=…&date_from=…&date_to=…&sort=…&page=…``."""
    site = _site(request)
    context = search_context(request, site)
    # Canonical without the query: every result page is one search page to a crawler.
    context["shown_page"] = ShownPage(
        title=pgettext("noun", "Search"),
        url=absolute_url(reverse("wagtail_emulation_site_search:search"), site=site),
        description=gettext(
            "Search the portal's articles, documents and pages, with or without Vietnamese accents."
        ),
    )
    return TemplateResponse(request, "wagtail_emulation/site_search/search_page.html", context)


@require_safe
def sitemap_index(request):
    return sitemap_views.index(request, SITEMAPS, sitemap_url_name=SITEMAP_URL_NAME)


@require_safe
def sitemap_section(request, section):
    return sitemap_views.sitemap(request, SITEMAPS, section=section)


def _prefix(url_name, args, suffix):
    """The leading part of a URL pattern's path, before ``suffix`` (None if not routed)."""
    try:
        path = reverse(url_name, args=args)
    except NoReverseMatch:
        return None
    return path[: path.index(suffix)] if suffix in path else path


def disallowed_paths():
    """Where crawlers have nothing to index: the package's per-reader endpoints (comment
    form pages, state, votes, beacons), the search page and the admin."""
    paths = [
        _prefix("wagtail_emulation:state", [0], "state/"),
        _prefix("wagtail_emulation_site_search:search", [], "\0"),
        _prefix("wagtailadmin_home", [], "\0"),
        *app_settings.ROBOTS_DISALLOW,
    ]
    return list(dict.fromkeys(path for path in paths if path))


@require_safe
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in disallowed_paths())]
    sitemap = request.build_absolute_uri(reverse("wagtail_emulation_site_search:sitemap_index"))
    lines += ["", f"Sitemap: {sitemap}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
