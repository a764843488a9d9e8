"""Admin screens: the catalogue, clusters, rounds, registrations (with their import),
decisions (with their export), and the private queue of responses to notices. Units and
days off are the core's (its "Organisation" menu)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet

from .imports import COLUMNS, import_registrations, read_dataset
from .models import (
    Award,
    Decision,
    EmulationCluster,
    NoticeResponse,
    Registration,
    RegistrationRound,
)


class BomCsvMixin:
    """CSV exports start with a UTF-8 byte order mark, so Excel reads Vietnamese right."""

    def stream_csv(self, queryset):
        yield "\ufeff"
        yield from super().stream_csv(queryset)


def day_first(value):
    return f"{value:%d/%m/%Y}" if value else ""


class AwardViewSet(SnippetViewSet):
    model = Award
    icon = "pick"
    menu_label = _("Titles and forms")
    list_display = ["name", "kind", "group", "level", "active"]
    list_filter = ["kind", "active"]
    search_fields = ["name", "group"]


class ClusterViewSet(SnippetViewSet):
    model = EmulationCluster
    icon = "folder-open-inverse"
    menu_label = _("Clusters and blocks")
    list_display = ["name", "kind", "year", "pact"]
    list_filter = ["kind", "year"]


class RoundViewSet(SnippetViewSet):
    model = RegistrationRound
    icon = "date"
    menu_label = _("Registration rounds")
    list_display = ["title", "year", DateColumn("deadline", label=_("Deadline"))]
    list_filter = ["year"]


class RegistrationIndexView(BomCsvMixin, SnippetIndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.permission_policy.user_has_permission(self.request.user, "add"):
            buttons.append(
                HeaderButton(
                    _("Import from a file"),
                    url=reverse(Registration.snippet_viewset.get_url_name("import")),
                    icon_name="upload",
                )
            )
        return buttons


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    icon = "tasks"
    menu_label = _("Registrations")
    index_view_class = RegistrationIndexView
    list_display = ["unit", "award", "count", "round"]
    list_filter = ["round", "unit", "award"]
    list_export = ["round", "unit", "award", "count", "targets", "registered_on"]
    export_filename = "dang-ky-thi-dua"

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "import/",
                RegistrationImportView.as_view(viewset=self),
                name="import",
            ),
        ]


class DecisionIndexView(BomCsvMixin, SnippetIndexView):
    pass


class DecisionViewSet(SnippetViewSet):
    model = Decision
    icon = "doc-full"
    menu_label = _("Commendation decisions")
    index_view_class = DecisionIndexView
    list_display = [
        "number",
        DateColumn("date", label=_("Date signed"), sort_key="date"),
        Column("award_text", label=_("Title or form")),
        "issuing_body",
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            primary=lambda decision: not decision.is_revoked,
        ),
    ]
    list_filter = ["status", "award", "date"]
    search_fields = ["number", "summary", "issuing_body"]
    list_export = [
        "number",
        "date",
        "issuing_body",
        "signer_name",
        "signer_position",
        "award_text",
        "achievement_period",
        "recipient_list",
        "get_status_display",
        "revoked_by_number",
    ]
    export_headings = {
        "award_text": _("Title or form"),
        "recipient_list": _("Recipients"),
        "get_status_display": _("Status"),
        "revoked_by_number": _("Revoked by decision"),
    }
    export_filename = "so-quyet-dinh-khen-thuong"
    ordering = ["-date", "-pk"]

    def get_queryset(self, request):
        return Decision.objects.select_related("award", "revoked_by").prefetch_related(
            "recipients__unit"
        )


class ResponsePermissionPolicy(ModelPermissionPolicy):
    """Responses come from readers only: nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [a for a in actions if a != "add"])


class ResponseIndexView(BomCsvMixin, generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page", "candidate")


class NoticeResponseViewSet(ModelViewSet):
    model = NoticeResponse
    name = "wagtail_emulation_commendations_responses"
    icon = "mail"
    menu_label = _("Responses to notices")
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = ResponseIndexView
    list_display = [
        "full_name",
        Column("excerpt", label=_("Response")),
        Column("page", label=_("Notice"), accessor="page.title"),
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            primary=lambda response: response.status == NoticeResponse.Status.NEW,
        ),
        DateColumn("created_at", label=_("Sent at"), sort_key="created_at"),
    ]
    list_filter = ["status", "page", "created_at"]
    search_fields = ["full_name", "body", "phone", "address"]
    list_export = [
        "page.title",
        "candidate_name",
        "full_name",
        "phone",
        "address",
        "email",
        "body",
        "created_at",
        "get_status_display",
        "office_note",
    ]
    export_headings = {
        "page.title": _("Notice"),
        "candidate_name": _("About candidate"),
        "get_status_display": _("Status"),
    }
    export_filename = "y-kien-ve-danh-sach-de-nghi-khen-thuong"
    edit_handler = ObjectList(
        [
            FieldPanel("page", read_only=True),
            FieldPanel("candidate", read_only=True),
            FieldPanel("full_name", read_only=True),
            FieldPanel("phone", read_only=True),
            FieldPanel("address", read_only=True),
            FieldPanel("email", read_only=True),
            FieldPanel("body", read_only=True),
            FieldPanel("created_at", read_only=True),
            FieldPanel("status"),
            FieldPanel("office_note"),
        ]
    )


class CommendationsViewSetGroup(ViewSetGroup):
    menu_label = _("Emulation and commendation")
    menu_icon = "clipboard-list"
    menu_order = 240
    items = (
        DecisionViewSet,
        RegistrationViewSet,
        RoundViewSet,
        ClusterViewSet,
        AwardViewSet,
        NoticeResponseViewSet,
    )


# --- importing registrations ------------------------------------------------------------


class RegistrationImportForm(forms.Form):
    round = forms.ModelChoiceField(
        label=_("Registration round"), queryset=RegistrationRound.objects.all()
    )
    file = forms.FileField(
        label=_("File"),
        help_text=_(
            "A .xlsx or .csv file whose first row names the columns: %(columns)s. Nothing is "
            "imported unless every row is right."
        )
        % {"columns": ", ".join(f"“{heading}”" for heading in COLUMNS.values())},
    )


class RegistrationImportView(WagtailAdminTemplateMixin, FormView):
    form_class = RegistrationImportForm
    template_name = "wagtail_emulation/commendations/admin/import.html"
    page_title = _("Import registrations")
    header_icon = "upload"
    viewset = None

    def dispatch(self, request, *args, **kwargs):
        if not self.viewset.permission_policy.user_has_permission(request.user, "add"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.viewset.get_url_name("list")), "label": _("Registrations")},
            {"url": "", "label": self.page_title},
        ]

    def form_valid(self, form):
        try:
            dataset = read_dataset(form.cleaned_data["file"])
        except ValueError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        outcome = import_registrations(form.cleaned_data["round"], dataset)
        if outcome.errors:
            return self.render_to_response(
                self.get_context_data(form=form, row_errors=outcome.errors), status=400
            )
        messages.success(
            self.request,
            _("Imported %(created)s new and %(updated)s updated registrations.")
            % {"created": outcome.created, "updated": outcome.updated},
        )
        return redirect(self.viewset.get_url_name("list"))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = list(COLUMNS.values())
        return context
