"""The uncached side of comments: the form page (no JavaScript), the form fragment (loaded and
posted in place by ``comments.js``); the captcha's routes come from the core.

Both are the core's :class:`~wagtail_emulation.reader_forms.ProtectedFormView`, never cached:
they carry a CSRF token and a captcha key, which is exactly why they are not part of the
page's cacheable HTML.
"""

from urllib.parse import urlencode

from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from ..http import no_store
from ..reader_forms import ProtectedFormView, from_setting
from ..sites import on_request_site
from .availability import comments_open, comments_shown
from .conf import app_settings
from .forms import CommentForm
from .models import ReaderComment
from .params import NOTICE_PARAM, NOTICE_SLUGS
from .site_settings import comment_settings
from .submission import save_comment


def commentable_page(request, page_id):
    """The live, public page with comments shown, and the site's settings; else 404."""
    pages = on_request_site(Page.objects.live().public(), request)
    page = pages.filter(pk=page_id).specific().first()
    settings = comment_settings(request)
    if page is None or not comments_shown(page, settings):
        raise Http404(_("This page does not take comments."))
    return page, settings


def notice_for(status):
    return "published" if status == ReaderComment.Status.APPROVED else "pending"


class CommentFormView(ProtectedFormView):
    """The comment form of one page; the page's own HTML only links to it."""

    form_class = CommentForm
    ip_hash_purpose = "comments.ip"
    rate_limit_scope = "comments"
    contact_field = "email"
    ip_rate_limit = from_setting(app_settings, "COMMENTS_RATE_LIMIT_PER_IP")
    contact_rate_limit = from_setting(app_settings, "COMMENTS_RATE_LIMIT_PER_EMAIL")
    url_name = None  # where the form posts back: "page" or "form"

    def prepare(self, page_id):
        self.page, self.settings = commentable_page(self.request, page_id)

    def is_open(self):
        return comments_open(self.page, self.settings)

    def get_form_kwargs(self):
        return {"comment_settings": self.settings, "page": self.page, "ip_hash": self.ip_hash}

    def get_context_data(self, form, notice="", **extra):
        return super().get_context_data(
            form,
            page=self.page,
            action=reverse(f"wagtail_emulation:comments:{self.url_name}", args=[self.page.pk]),
            notice=notice,
            **extra,
        )


class CommentPageView(CommentFormView):
    """The whole form as a page: the path for readers without JavaScript."""

    template_name = "wagtail_emulation/comments/comment_page.html"
    url_name = "page"

    def get_context_data(self, form, **extra):
        return super().get_context_data(form, page_url=self.page.get_url(self.request), **extra)

    def form_valid(self, form):
        comment = save_comment(form)
        page_url = self.page.get_url(self.request)
        if not page_url:
            return self.render_form(form, 201, notice=notice_for(comment.status))
        query = urlencode({NOTICE_PARAM: NOTICE_SLUGS[notice_for(comment.status)]})
        return no_store(HttpResponseRedirect(f"{page_url}?{query}#binh-luan"))


class CommentFragmentView(CommentFormView):
    """Only the form (or the thank-you notice), for ``comments.js`` to put into the page."""

    template_name = "wagtail_emulation/comments/form_fragment.html"
    url_name = "form"

    def form_valid(self, form):
        comment = save_comment(form)
        return self.render_form(form, 201, notice=notice_for(comment.status))


comment_page = CommentPageView.as_view()
comment_form_fragment = CommentFragmentView.as_view()
