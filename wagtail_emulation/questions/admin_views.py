"""The admin: the queue of questions (a ModelViewSet), the subject areas (snippets), the
statistics report with its CSV/XLSX export, and the dashboard panel."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from ..admin_columns import yes_no_column
from ..admin_viewsets import OneScreenViewSet
from ..organisation import Unit
from ..site_scoped_admin import SiteScopedViewSetMixin, check_in_user_sites
from ..sites import for_user_sites
from ..spreadsheets.writing import SpreadsheetExportMixin
from . import statistics
from .admin_forms import QuestionHandlingForm
from .answers import start_answer, sync_privacy
from .models import Question, QuestionIndexPage, QuestionStatus, QuestionTopic
from .models.questions import CONTACT_FIELDS, VIEW_CONTACT_PERMISSION

Status = QuestionStatus


class QuestionPermissionPolicy(ModelPermissionPolicy):
    """Questions come from readers only: nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [a for a in actions if a != "add"])


def can_see_contacts(user):
    return user.has_perm(VIEW_CONTACT_PERMISSION)


class QuestionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Status.choices, empty_label=_("All")
    )
    topic = django_filters.ModelChoiceFilter(
        label=_("Subject area"), queryset=QuestionTopic.objects.all()
    )
    unit = django_filters.ModelChoiceFilter(
        label=_("Unit in charge"),
        queryset=lambda request: for_user_sites(Unit.objects.all(), request.user),
    )
    overdue = django_filters.BooleanFilter(label=_("Overdue"), method="filter_overdue")
    section = django_filters.ModelChoiceFilter(
        label=pgettext_lazy("questions and answers", "Section"),
        queryset=lambda request: for_user_sites(QuestionIndexPage.objects.all(), request.user),
    )
    received_at = django_filters.DateFromToRangeFilter(
        label=_("Received between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Question
        fields = ["status", "topic", "unit", "overdue", "section", "received_at"]

    def filter_overdue(self, queryset, name, value):
        overdue = Q(status__in=(Status.RECEIVED, Status.IN_PROGRESS))
        overdue &= Q(deadline__lt=timezone.localdate())
        return queryset.filter(overdue) if value else queryset.exclude(overdue)


class DeadlineColumn(DateColumn):
    """The deadline, in red and marked "overdue" (not by colour alone) once it has passed."""

    cell_template_name = "wagtail_emulation/questions/admin/deadline_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["overdue"] = instance.is_overdue()
        return context


class QuestionIndexView(SpreadsheetExportMixin, generic.IndexView):
    @cached_property
    def no_results_message(self):
        if self.is_searching or self.is_filtering:
            return _("No question matches your search or filters.")
        return _("No reader has sent a question yet.")

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("topic", "unit")

    @cached_property
    def list_export(self):
        columns = [
            "display_code",
            "title",
            "topic",
            "unit",
            "get_status_display",
            "received_at",
            "deadline",
            "answered_at",
            "working_days_taken",
        ]
        if can_see_contacts(self.request.user):
            columns += list(CONTACT_FIELDS)
        return columns

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Question"),
                sort_key="title",
                get_url=lambda question: self.get_edit_url(question),
            ),
            *super().columns,
        ]


class QuestionEditView(generic.EditView):
    success_message = _("The question “%(object)s” was saved.")
    error_message = _("The question could not be saved: see the errors below.")

    @cached_property
    def header_buttons(self):
        label = _("Open the answer") if self.object.answer_page_id else _("Write the answer")
        return [
            HeaderButton(
                label,
                url=reverse(f"{QuestionViewSet.name}:answer", args=[self.object.pk]),
                icon_name="edit",
            )
        ]

    def save_instance(self):
        question = super().save_instance()
        sync_privacy(question)
        return question


class StartAnswerView(WagtailAdminTemplateMixin, TemplateView):
    """Open a question's answer page, making its draft first (after a confirming POST)."""

    template_name = "wagtail_emulation/questions/admin/start_answer.html"
    header_icon = "edit"
    page_title = _("Write the answer")

    def dispatch(self, request, pk):
        self.question = get_object_or_404(Question.objects.select_related("section"), pk=pk)
        check_in_user_sites(self.question, request.user)
        if not QUESTION_POLICY.user_has_permission(request.user, "change"):
            raise PermissionDenied
        if self.question.answer_page_id:
            return redirect("wagtailadmin_pages:edit", self.question.answer_page_id)
        if not self.question.section.permissions_for_user(request.user).can_add_subpage():
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["question"] = self.question
        return context

    def post(self, request, pk):
        page = start_answer(self.question, user=request.user)
        return redirect("wagtailadmin_pages:edit", page.pk)


def attachment_view(request, pk):
    """The asker's attachment, to editors allowed to see contact details only."""
    if not can_see_contacts(request.user):
        raise PermissionDenied
    question = check_in_user_sites(get_object_or_404(Question, pk=pk), request.user)
    if not question.attachment:
        raise Http404
    response = FileResponse(
        question.attachment.open("rb"),
        as_attachment=True,
        filename=question.attachment_name or question.attachment.name.rsplit("/", 1)[-1],
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store, private"
    return response


class ReadOnlyTextPanel(FieldPanel):
    """The asker's text, read-only, with its line breaks."""

    read_only_output_template_name = "wagtail_emulation/questions/admin/read_only_text.html"


class AttachmentPanel(FieldPanel):
    read_only_output_template_name = "wagtail_emulation/questions/admin/attachment.html"


class QuestionViewSet(SiteScopedViewSetMixin, ModelViewSet):
    model = Question
    name = "wagtail_emulation_questions"
    icon = "help"
    menu_label = _("Questions")
    copy_view_enabled = False
    index_view_class = QuestionIndexView
    edit_view_class = QuestionEditView
    filterset_class = QuestionFilterSet
    search_fields = ["title", "body", "code"]
    search_backend_name = None
    list_display = [
        Column("display_code", label=_("Tracking code")),
        Column("topic", label=_("Subject area"), accessor="topic.name"),
        Column("unit", label=_("Unit in charge"), accessor="unit"),
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            primary=lambda question: question.is_open,
        ),
        DateColumn("received_at", label=_("Received"), sort_key="received_at"),
        DeadlineColumn("deadline", label=_("Answer due"), sort_key="deadline"),
    ]
    export_headings = {
        "display_code": _("Tracking code"),
        "get_status_display": _("Status"),
    }
    export_filename = "hoi-dap"
    ordering = ["-received_at", "-pk"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("section", read_only=True),
                    FieldPanel("topic"),
                    FieldPanel("title", read_only=True),
                    ReadOnlyTextPanel("body", read_only=True),
                    FieldPanel("received_at", read_only=True),
                ],
                heading=_("The question"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("full_name", read_only=True),
                    FieldPanel("email", read_only=True),
                    FieldPanel("phone", read_only=True),
                    FieldPanel("address", read_only=True),
                    AttachmentPanel("attachment", read_only=True),
                    FieldPanel("contact_purged_at", read_only=True),
                ],
                heading=_("Who asked"),
                permission=VIEW_CONTACT_PERMISSION,
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("status"), FieldPanel("deadline")]),
                    FieldRowPanel([FieldPanel("unit"), FieldPanel("assignee")]),
                    FieldPanel("publish_answer"),
                    FieldPanel("rejection_reason"),
                    FieldPanel("duplicate_of"),
                    FieldPanel("internal_note"),
                ],
                heading=_("Handling"),
            ),
        ],
        base_form_class=QuestionHandlingForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/answer/", StartAnswerView.as_view(), name="answer"),
            path("<int:pk>/attachment/", attachment_view, name="attachment"),
        ]


QUESTION_POLICY = QuestionPermissionPolicy(Question)


class TopicViewSet(SnippetViewSet):
    model = QuestionTopic
    icon = "tag"
    menu_label = _("Subject areas")
    list_display = ["name", "sort_order", yes_no_column(QuestionTopic, "active")]
    list_filter = ["active"]
    ordering = ["sort_order", "name"]


# --- statistics -----------------------------------------------------------------------


class StatisticsFilterSet(WagtailFilterSet):
    by = django_filters.ChoiceFilter(
        label=_("Per"),
        choices=[(key, heading) for key, (heading, _expr) in statistics.GROUPINGS.items()],
        empty_label=None,
        method="keep",
    )
    received_at = django_filters.DateFromToRangeFilter(
        label=_("Received between"), widget=DateRangePickerWidget
    )
    section = django_filters.ModelChoiceFilter(
        label=pgettext_lazy("questions and answers", "Section"),
        queryset=lambda request: for_user_sites(QuestionIndexPage.objects.all(), request.user),
    )

    class Meta:
        model = Question
        fields = ["received_at", "section"]

    def keep(self, queryset, name, value):
        return queryset  # read by the report to group its rows


class StatisticsReportView(SpreadsheetExportMixin, ReportView):
    page_title = _("Questions and answers: statistics")
    header_icon = "help"
    index_url_name = "wagtail_emulation_questions_statistics:index"
    index_results_url_name = "wagtail_emulation_questions_statistics:results"
    filterset_class = StatisticsFilterSet
    paginate_by = None
    export_filename = "thong-ke-hoi-dap"
    list_export = ["label", "received", "answered", "overdue", "average_working_days"]

    @cached_property
    def grouping(self):
        chosen = self.request.GET.get("by", "month")
        return chosen if chosen in statistics.GROUPINGS else "month"

    @property
    def columns(self):
        heading = statistics.GROUPINGS[self.grouping][0]
        return [
            Column("label", label=heading),
            Column("received", label=_("Received")),
            Column("answered", label=_("Answered")),
            Column("overdue", label=_("Overdue")),
            Column("average_working_days", label=_("Average working days to answer")),
        ]

    @property
    def export_headings(self):
        return {column.name: str(column.label) for column in self.columns}

    def get_queryset(self):
        return for_user_sites(Question.objects.all(), self.request.user)

    def get_filtered_queryset(self):
        questions = self.filter_queryset(self.get_queryset())
        rows = statistics.grouped(questions, self.grouping)
        total = statistics.totals(questions)
        return [*rows, {**total, "label": str(_("Total"))}]

    def dispatch(self, request, *args, **kwargs):
        if not QUESTION_POLICY.user_has_permission(request.user, "change"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class StatisticsViewSet(OneScreenViewSet):
    name = "wagtail_emulation_questions_statistics"
    icon = "table"
    menu_label = _("Statistics")

    def get_urlpatterns(self):
        return [
            path("", StatisticsReportView.as_view(results_only=False), name="index"),
            path("results/", StatisticsReportView.as_view(results_only=True), name="results"),
        ]


class QuestionsGroup(ViewSetGroup):
    menu_label = _("Questions and answers")
    menu_icon = "help"
    menu_order = 245
    items = (QuestionViewSet, StatisticsViewSet, TopicViewSet)
