"""The draft page's editor form: paste the text or upload a DOCX file, and the structure
(Chương, Mục, Điều, Khoản) is recognised into the StreamField, where the editor corrects it."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .structure import docx_text, parse_structure

#: A draft's DOCX larger than this is refused (a decision of hundreds of articles is < 2 MB).
MAX_DOCX_BYTES = 10 * 1024 * 1024


class DraftPageForm(WagtailAdminPageForm):
    source_text = forms.CharField(
        label=_("Paste the draft's text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Recognised into the structure below, replacing it: “Chương I”, “Mục 1”, "
            "“Điều 1. Title”, clauses “1.” or “Khoản 2”."
        ),
    )
    source_file = forms.FileField(
        label=_("Or import a DOCX file"),
        required=False,
        help_text=_("A Word file (.docx). Its paragraphs are read as pasted text would be."),
    )

    def clean_source_file(self):
        upload = self.cleaned_data.get("source_file")
        if not upload:
            return None
        if not upload.name.lower().endswith(".docx") or upload.size > MAX_DOCX_BYTES:
            raise forms.ValidationError(_("Choose a .docx file of at most 10 MB."))
        try:
            return docx_text(upload)
        except Exception as error:  # python-docx raises several kinds for a damaged file
            raise forms.ValidationError(
                _("This file could not be read as a Word document (.docx).")
            ) from error

    def clean(self):
        cleaned = super().clean()
        source = cleaned.get("source_file") or cleaned.get("source_text")
        if source:
            blocks = parse_structure(source)
            if not any(block["type"] == "article" for block in blocks):
                self.add_error(
                    "source_file" if cleaned.get("source_file") else "source_text",
                    _("No article (“Điều 1. …”) was found in this text."),
                )
            else:
                self.recognised_blocks = blocks
        return cleaned

    def save(self, commit=True):
        page = super().save(commit=False)
        blocks = getattr(self, "recognised_blocks", None)
        if blocks is not None:
            page.text = blocks
        if commit:
            page.save()
        return page
