"""The editor's form for a question in the queue."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import QuestionStatus


class QuestionHandlingForm(WagtailAdminModelForm):
    """A refusal needs its reason (the asker reads it), a merge needs the original."""

    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("status")
        if status == QuestionStatus.REJECTED and not cleaned.get("rejection_reason", "").strip():
            self.add_error(
                "rejection_reason", _("Write why the question is not accepted: the asker reads it.")
            )
        original = cleaned.get("duplicate_of")
        if status == QuestionStatus.MERGED and original is None:
            self.add_error("duplicate_of", _("Choose the question this one repeats."))
        if original is not None:
            if original.pk == self.instance.pk:
                self.add_error("duplicate_of", _("A question cannot repeat itself."))
            elif original.status == QuestionStatus.MERGED:
                self.add_error(
                    "duplicate_of",
                    _("That question is itself merged: choose the one it was merged with."),
                )
        if status != QuestionStatus.ANSWERED and self.instance.status == QuestionStatus.ANSWERED:
            self.add_error(
                "status", _("An answered question stays answered: edit its answer page instead.")
            )
        if status == QuestionStatus.ANSWERED and self.instance.status != QuestionStatus.ANSWERED:
            self.add_error(
                "status",
                _("A question is answered when its answer page is published through the workflow."),
            )
        return cleaned


class StartAnswerForm(forms.Form):
    """Confirms making the draft answer page (a POST: a link must not create pages)."""
