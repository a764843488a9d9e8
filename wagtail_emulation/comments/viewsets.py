"""The "Bình luận" admin menu: a ModelViewSet listing comments with filters, search and bulk
actions, and a detail view to moderate one comment and write the official reply."""

import django_filters
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page

from .admin_forms import ModerationForm
from .models import ReaderComment
from .moderation import delete_comments

Status = ReaderComment.Status


def pages_with_comments(request):
    return Page.objects.filter(reader_comments__isnull=False).distinct().order_by("title")


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


class ReaderCommentIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page")

    def _get_title_column(self, *args, **kwargs):
        return super()._get_title_column(
            *args, **kwargs, get_title_id=lambda comment: f"reader_comment_{comment.pk}_title"
        )

    @cached_property
    def columns(self):
        return [
            BulkActionsCheckboxColumn("bulk_actions", obj_type="reader_comment"),
            *super().columns,
        ]


class ReaderCommentDeleteView(generic.DeleteView):
    def delete_action(self):
        # Through the moderation service, so an approved comment leaves its page's count.
        delete_comments([self.object.pk])


class ReaderCommentViewSet(ModelViewSet):
    model = ReaderComment
    name = "wagtail_emulation_comments"
    icon = "comment"
    menu_label = _("Comments")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    index_view_class = ReaderCommentIndexView
    delete_view_class = ReaderCommentDeleteView
    index_template_name = "wagtail_emulation/comments/admin/index.html"
    filterset_class = ReaderCommentFilterSet
    search_fields = ["name", "body", "email"]
    search_backend_name = None
    list_display = [
        "name",
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
            FieldPanel("body", read_only=True),
            FieldPanel("created_at", read_only=True),
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
