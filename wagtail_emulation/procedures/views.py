"""Admin screens: the catalogue import and the report of broken online-service links."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from ..sites import for_user_sites
from ..spreadsheets.views import SpreadsheetImportForm, SpreadsheetImportView
from .importing import ProcedureImport
from .models import LinkCheck, ProcedureIndexPage


def publishable_catalogues(user):
    return [
        page.pk
        for page in ProcedureIndexPage.objects.all()
        if page.permissions_for_user(user).can_publish_subpage()
    ]


class ImportForm(SpreadsheetImportForm):
    catalogue = forms.ModelChoiceField(
        label=gettext_lazy("Catalogue"),
        queryset=ProcedureIndexPage.objects.none(),
        help_text=gettext_lazy("The catalogue the procedures are added to."),
    )
    field_order = ["catalogue", "file"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].label = gettext_lazy("List of procedures (CSV or XLSX)")
        self.fields["file"].help_text = gettext_lazy(
            "One procedure per row, as the national database exports them. A procedure "
            "already in the catalogue (same code) is updated."
        )
        catalogues = publishable_catalogues(user)
        self.fields["catalogue"].queryset = ProcedureIndexPage.objects.filter(pk__in=catalogues)
        if len(catalogues) == 1:
            self.fields["catalogue"].initial = catalogues[0]


class ImportView(SpreadsheetImportView):
    importer_class = ProcedureImport
    form_class = ImportForm
    page_title = gettext_lazy("Import procedures")
    intro = gettext_lazy(
        "Level: “Cấp tỉnh” or “Cấp xã”. Documents required: one per line or separated by “;”. "
        "A field not yet in the list is added to it."
    )

    def has_permission(self, request):
        return request.user.has_perm("wagtailadmin.access_admin") and bool(
            publishable_catalogues(request.user)
        )

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_success_url(self):
        return self.request.path

    def success_message(self, job):
        return _("Imported: %(created)s new procedures, %(updated)s updated.") % {
            "created": job.outcome.get("created", 0),
            "updated": job.outcome.get("updated", 0),
        }


class ProblemColumn(Column):
    def get_value(self, instance):
        if instance.status_code:
            return _("HTTP %(code)s") % {"code": instance.status_code}
        return instance.problem


class BrokenLinksReportView(ReportView):
    """Online-service addresses the last ``check_procedure_links`` run could not open."""

    page_title = gettext_lazy("Broken procedure links")
    header_icon = "warning"
    model = LinkCheck
    any_permission_required = ["add", "change", "publish"]
    index_url_name = "wagtail_emulation_procedures:broken_links"
    index_results_url_name = "wagtail_emulation_procedures:broken_links_results"
    default_ordering = "-checked_at"
    columns = [
        TitleColumn(
            "page",
            label=gettext_lazy("Procedure"),
            get_url=lambda check: reverse("wagtailadmin_pages:edit", args=[check.page_id]),
        ),
        Column("url", label=gettext_lazy("Address")),
        ProblemColumn("problem", label=gettext_lazy("Problem")),
        DateColumn("checked_at", label=gettext_lazy("Checked at")),
    ]

    @property
    def permission_policy(self):
        from wagtail.permission_policies.pages import PagePermissionPolicy

        return PagePermissionPolicy()

    def get_queryset(self):
        checks = LinkCheck.objects.filter(ok=False).select_related("page")
        return for_user_sites(checks, self.request.user).order_by("-checked_at")
