"""Admin screens: the catalogue, clusters, rounds, registrations (with their import),
decisions (with their export), and the private queue of responses to notices. Units and
days off are the core's (its "Organisation" menu)."""

from django import forms
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet

from ..admin_columns import yes_no_column
from ..site_scoped_admin import SiteScopedViewSetMixin
from ..sites import for_user_sites
from ..spreadsheets.views import SpreadsheetImportForm, SpreadsheetImportView
from ..spreadsheets.writing import SpreadsheetExportMixin
from .imports import RegistrationImport
from .models import (
    Award,
    Decision,
    EmulationCluster,
    NoticeResponse,
    Registration,
    RegistrationRound,
)


def day_first(value):
    return f"{value:%d/%m/%Y}" if value else ""


class AwardViewSet(SnippetViewSet):
    model = Award
    icon = "pick"
    menu_label = _("Titles and forms")
    list_display = ["name", "kind", "group", "level", yes_no_column(Award, "active")]
    list_filter = ["kind", "active"]
    search_fields = ["name", "group"]


class ClusterViewSet(SnippetViewSet):
    model = EmulationCluster
    icon = "folder-open-inverse"
    menu_label = _("Clusters and blocks")
    list_display = ["name", "kind", "year", "pact"]
    list_filter = ["kind", "year"]


class RoundViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = RegistrationRound
    icon = "date"
    menu_label = _("Registration rounds")
    list_display = ["title", "year", DateColumn("deadline", label=_("Deadline"))]
    list_filter = ["year"]


class RegistrationIndexView(SpreadsheetExportMixin, SnippetIndexView):
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


class RegistrationViewSet(SiteScopedViewSetMixin, SnippetViewSet):
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


class DecisionIndexView(SpreadsheetExportMixin, SnippetIndexView):
    pass


class DecisionViewSet(SiteScopedViewSetMixin, SnippetViewSet):
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


class ResponseIndexView(SpreadsheetExportMixin, generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page", "candidate")


class NoticeResponseViewSet(SiteScopedViewSetMixin, ModelViewSet):
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


class RegistrationImportForm(SpreadsheetImportForm):
    round = forms.ModelChoiceField(
        label=_("Registration round"), queryset=RegistrationRound.objects.all()
    )
    field_order = ["round", "file"]


class RegistrationImportView(SpreadsheetImportView):
    importer_class = RegistrationImport
    form_class = RegistrationImportForm
    page_title = _("Import registrations")
    intro = _(
        "One row per unit and title or form of the chosen round; a unit already registered "
        "for that title is updated."
    )
    viewset = None

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        # Only a round of the editor's own sites.
        form.fields["round"].queryset = for_user_sites(
            RegistrationRound.objects.all(), self.request.user
        )
        return form

    def has_permission(self, request):
        return self.viewset.permission_policy.user_has_permission(request.user, "add")

    def get_success_url(self):
        return reverse(self.viewset.get_url_name("list"))

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self.get_success_url(), "label": _("Registrations")},
            {"url": "", "label": self.get_page_title()},
        ]
