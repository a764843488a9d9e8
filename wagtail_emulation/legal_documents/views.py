"""Admin screens of the library: the bulk import, and the flat list of documents."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.pages.listing import IndexView as PageIndexView

from .conf import app_settings
from .importing import ImportRefused, import_documents
from .models import LegalDocumentIndexPage


class ImportForm(forms.Form):
    library = forms.ModelChoiceField(
        label=gettext_lazy("Library"),
        queryset=LegalDocumentIndexPage.objects.none(),
        help_text=gettext_lazy("The library the documents are added to."),
    )
    sheet = forms.FileField(
        label=gettext_lazy("List of documents (CSV or XLSX)"),
        help_text=gettext_lazy(
            "One document per row, with the headings of an export of the library. A document "
            "already in the library (same issuing body and number) is updated."
        ),
    )
    archive = forms.FileField(
        label=gettext_lazy("Files (ZIP)"),
        required=False,
        help_text=gettext_lazy("The files named in the “Files” column, matched by file name."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        libraries = [
            page.pk
            for page in LegalDocumentIndexPage.objects.all()
            if page.permissions_for_user(user).can_publish_subpage()
        ]
        self.fields["library"].queryset = LegalDocumentIndexPage.objects.filter(pk__in=libraries)
        if len(libraries) == 1:
            self.fields["library"].initial = libraries[0]


class ImportView(WagtailAdminTemplateMixin, FormView):
    template_name = "wagtail_emulation/legal_documents/admin/import.html"
    page_title = gettext_lazy("Import documents")
    header_icon = "upload"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("wagtailadmin.access_admin"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, form_class=None):
        form = ImportForm(**self.get_form_kwargs())
        if not form.fields["library"].queryset.exists():
            raise PermissionDenied
        return form

    def form_valid(self, form):
        try:
            outcome = import_documents(
                form.cleaned_data["library"],
                form.cleaned_data["sheet"],
                form.cleaned_data.get("archive"),
                user=self.request.user,
                max_rows=app_settings.LEGAL_DOCUMENTS_IMPORT_MAX_ROWS,
            )
        except ImportRefused as refusal:
            form.add_error("sheet", str(refusal))
            return self.form_invalid(form)
        if outcome.errors:
            context = self.get_context_data(form=form, import_errors=outcome.errors)
            return TemplateResponse(self.request, self.template_name, context, status=200)
        messages.success(
            self.request,
            _("Imported: %(created)s new documents, %(updated)s updated.")
            % {"created": outcome.created, "updated": outcome.updated},
        )
        return redirect(self.request.path)


class DocumentListView(PageIndexView):
    """The flat list of documents; its CSV export starts with a byte order mark for Excel."""

    def stream_csv(self, queryset):
        yield "\ufeff"
        yield from super().stream_csv(queryset)
