from django.http import HttpResponseRedirect, JsonResponse
from django.middleware.csrf import get_token
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Page

from .feedback.state import reader_state
from .http import json_error, no_store
from .inputs import bounded_int
from .site_settings import read_portal_settings
from .sites import on_request_site

MAX_ID = 2**63 - 1


@require_GET
def reader_state_view(request, page_id):
    """Everything on a page that differs per reader, as JSON that no cache keeps.

    Only for pages readers can open: live, public and served by a site (not the tree root,
    not a page outside every site's tree), under the host of the page's own site."""
    pages = on_request_site(Page.objects.live().public(), request)
    page = pages.filter(pk=page_id, depth__gt=1).first()
    if page is None or page.get_url_parts(request) is None:
        return json_error("page_not_found", _("This page does not exist or is not published."), 404)
    data = {"page": page.pk, "csrfToken": get_token(request), "parts": reader_state(request, page)}
    return no_store(JsonResponse(data))


@require_GET
def website_link_redirect(request):
    """The no-JavaScript path of the "Liên kết website" select: jump to the chosen link."""
    link_id = bounded_int(request.GET.get("link", ""), MAX_ID, minimum=1)
    if link_id is not None:
        portal_settings = read_portal_settings(request)
        link = next(
            (each for each in portal_settings.website_links.all() if each.pk == link_id), None
        )
        if link is not None:
            return HttpResponseRedirect(link.url)
    back = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = "/"
    return HttpResponseRedirect(back)
