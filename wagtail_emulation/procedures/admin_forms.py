"""The procedure's editing form: its address follows from its code, which is unique."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .codes import code_key


class ProcedurePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = _(
                "Leave empty: the address is made from the procedure's code."
            )

    def clean(self):
        cleaned = super().clean()
        code = cleaned.get("code")
        parent = self.parent_page
        if code and parent is not None and not self.instance.path:
            siblings = type(self.instance).objects.child_of(parent)
            if siblings.filter(code_key=code_key(code)).exists():
                self.add_error("code", _("This catalogue already has a procedure with this code."))
        return cleaned
