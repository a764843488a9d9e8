"""The uncached side of comments: the form page (no JavaScript), the form fragment (loaded and
posted in place by ``comments.js``); the captcha's routes come from the core.

None of these is ever cached (``no_store``): they carry a CSRF token and a captcha key, which
is exactly why they are not part of the page's cacheable HTML.
"""

from urllib.parse import urlencode

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from ..http import no_store
from .availability import comments_open, comments_shown
from .forms import CommentForm
from .models import ReaderComment
from .params import NOTICE_PARAM, NOTICE_SLUGS
from .site_settings import comment_settings
from .submission import rate_limit_message, reader_ip_hash, retry_after, save_comment


def commentable_page(request, page_id):
    """The live, public page with comments shown, and the site's settings; else 404."""
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    settings = comment_settings(request)
    if page is None or not comments_shown(page, settings):
        raise Http404(_("This page does not take comments."))
    return page, settings


def notice_for(status):
    return "published" if status == ReaderComment.Status.APPROVED else "pending"


def handle_form(request, page, settings):
    """(form, saved comment or None, HTTP status) for a GET or POST of the comment form."""
    ip_hash = reader_ip_hash(request)
    options = {"comment_settings": settings, "page": page, "ip_hash": ip_hash}
    if request.method != "POST":
        return CommentForm(**options), None, 200
    if "refresh_captcha" in request.POST:
        # The no-JavaScript "New code" button: same text back, a new picture, no errors yet.
        form = CommentForm(initial=request.POST.dict(), **options)
        form.stamp = CommentForm(request.POST, **options).stamp
        return form, None, 200
    form = CommentForm(request.POST, **options)
    if not comments_open(page, settings):
        return form, None, 403  # the template says so and gives the reader's text back
    if not form.is_valid():
        form.mark_invalid_fields()
        return form, None, 400
    wait = retry_after(ip_hash, form.cleaned_data.get("email"))
    if wait:
        form.add_error(None, rate_limit_message(wait))
        form.retry_after = wait
        return form, None, 429
    return form, save_comment(form), 201


def _form_context(page, settings, form, comment, url_name):
    """What both form templates show: the form posting to ``url_name``, or the notice."""
    return {
        "page": page,
        "form": form,
        "is_open": comments_open(page, settings),
        "action": reverse(f"wagtail_emulation:comments:{url_name}", args=[page.pk]),
        "notice": notice_for(comment.status) if comment else "",
    }


def _respond(request, template, context, status, form):
    form.withhold_challenge_from_crawler(request)
    response = render(request, template, context, status=status)
    if getattr(form, "retry_after", None):
        response["Retry-After"] = str(form.retry_after)
    return no_store(response)


@require_http_methods(["GET", "POST"])
def comment_page(request, page_id):
    """The whole form as a page: the path for readers without JavaScript."""
    page, settings = commentable_page(request, page_id)
    form, comment, status = handle_form(request, page, settings)
    page_url = page.get_url(request)
    if comment is not None and page_url:
        query = urlencode({NOTICE_PARAM: NOTICE_SLUGS[notice_for(comment.status)]})
        return no_store(HttpResponseRedirect(f"{page_url}?{query}#binh-luan"))
    context = {**_form_context(page, settings, form, comment, "page"), "page_url": page_url}
    return _respond(request, "wagtail_emulation/comments/comment_page.html", context, status, form)


@require_http_methods(["GET", "POST"])
def comment_form_fragment(request, page_id):
    """Only the form (or the thank-you notice), for ``comments.js`` to put into the page."""
    page, settings = commentable_page(request, page_id)
    form, comment, status = handle_form(request, page, settings)
    context = _form_context(page, settings, form, comment, "form")
    return _respond(request, "wagtail_emulation/comments/form_fragment.html", context, status, form)
