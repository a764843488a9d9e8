"""The "Bình luận" admin menu: a ModelViewSet listing comments with filters, search and bulk
actions, and a detail view to moderate one comment and write the official reply.

Wagtail's generic views build their messages from an English sentence and the model's
verbose name ("There are no %(model_name)s to display."); where Wagtail's own Vietnamese
catalogue lacks the sentence (the optional ``wagtail_vi`` app fills it), that reads "There are
no bình luận to display.". So these views carry their own whole sentences, through the
attributes Wagtail reads them from.
"""

import django_filters
from django.template.defaultfilters import linebreaksbr
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import (
    Column,
    DateColumn,
    StatusTagColumn,
)
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page

from ..locale_vi import vn_dateline
from ..moderation import ModerationIndexView
from ..site_scoped_admin import SiteScopedViewSetMixin
from ..sites import for_user_sites
from .admin_forms import ModerationForm
from .models import ReaderComment
from .moderation import delete_comments

Status = ReaderComment.Status


def pages_with_comments(request):
    pages = Page.objects.filter(reader_comments__isnull=False).distinct().order_by("title")
    return for_user_sites(pages, request.user)


class ReaderCommentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Status.choices, empty_label=_("All")
    )
    page = django_filters.ModelChoiceFilter(label=_("Page"), queryset=pages_with_comments)
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Sent between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = ReaderComment
        fields = ["status", "page", "created_at"]


class ReaderCommentIndexView(ModerationIndexView):
    bulk_obj_type = "reader_comment"

    @cached_property
    def no_results_message(self):
        if self.is_searching or self.is_filtering:
            return _("No comment matches your search or filters.")
        return _("There are no reader comments yet.")


class ReaderCommentEditView(generic.EditView):
    success_message = _("The comment by “%(object)s” was saved.")
    error_message = _("The comment could not be saved: see the errors below.")


class ReaderCommentDeleteView(generic.DeleteView):
    success_message = _("The comment by “%(object)s” was deleted.")

    @property
    def confirmation_message(self):
        return _("Delete the comment by “%(name)s”? This cannot be undone.") % {"name": self.object}

    def get_usage_url(self):
        # Nothing refers to a comment (its reply goes with it): no "referenced 0 times" link.
        return None

    def delete_action(self):
        # Through the moderation service, so an approved comment leaves its page's count.
        delete_comments([self.object.pk])


class CommentBodyPanel(FieldPanel):
    """The reader's text read-only, with the line breaks the reader typed."""

    read_only_output_template_name = "wagtail_emulation/comments/admin/read_only_text.html"

    def format_value_for_display(self, value):
        return linebreaksbr(value, autoescape=True)


class DatelinePanel(FieldPanel):
    """A date and time read-only, as the package writes dates: "Thứ Hai, 1/12/2026 20:33"."""

    def format_value_for_display(self, value):
        return vn_dateline(value)


class ReaderCommentViewSet(SiteScopedViewSetMixin, ModelViewSet):
    model = ReaderComment
    name = "wagtail_emulation_comments"
    icon = "comment"
    menu_label = _("Comments")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    index_view_class = ReaderCommentIndexView
    edit_view_class = ReaderCommentEditView
    delete_view_class = ReaderCommentDeleteView
    index_template_name = "wagtail_emulation/comments/admin/index.html"
    filterset_class = ReaderCommentFilterSet
    search_fields = ["name", "body", "email"]
    search_backend_name = None
    # After the checkbox and the commenter's name (ReaderCommentIndexView.columns).
    list_display = [
        Column("excerpt", label=pgettext_lazy("reader comment", "Comment")),
        Column("page", label=_("Page"), accessor="page.title"),
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            primary=lambda comment: comment.status == Status.PENDING,
        ),
        DateColumn("created_at", label=_("Sent at"), sort_key="created_at"),
    ]
    list_export = []
    edit_handler = ObjectList(
        [
            FieldPanel("page", read_only=True),
            FieldPanel("name", read_only=True),
            FieldPanel("email", read_only=True),
            CommentBodyPanel("body", read_only=True),
            DatelinePanel("created_at", read_only=True),
            FieldPanel("hold_reason", read_only=True),
            FieldPanel("status"),
            FieldPanel("official_reply"),
        ],
        base_form_class=ModerationForm,
    )

    def get_permissions_to_register(self):
        return (
            super()
            .get_permissions_to_register()
            .filter(codename__in=["moderate_readercomment", "delete_readercomment"])
        )
