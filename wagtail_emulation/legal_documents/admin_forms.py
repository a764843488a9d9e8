"""The legal document's editing form: its address follows from the document's number."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class LegalDocumentPageForm(WagtailAdminPageForm):
    """The slug is optional: left empty, it is made from the number when the page is saved
    (editors type neither the title nor the address of a document)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = _(
                "Leave empty: the address is made from the document's number."
            )
