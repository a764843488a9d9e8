"""The moderator's detail form: the comment read-only, its status and the official reply."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import OfficialReply, ReaderComment
from .moderation import change_status, reply_changed


class ModerationForm(WagtailAdminModelForm):
    official_reply = forms.CharField(
        label=_("Official reply"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Shown under the comment, signed as the department, once the comment is approved. "
            "Empty it to remove the reply."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        reply = OfficialReply.objects.filter(comment_id=self.instance.pk).first()
        if reply is not None:
            self.fields["official_reply"].initial = reply.body

    def save(self, commit=True):
        comment = self.instance
        new_status = self.cleaned_data["status"]
        # Statuses change only through change_status, which keeps the approved count exact.
        comment.status = self.initial["status"]
        with transaction.atomic():
            change_status([comment.pk], new_status, moderator=self.for_user)
            self._save_reply(comment)
        comment.refresh_from_db()
        return comment

    def _save_reply(self, comment):
        body = self.cleaned_data["official_reply"].strip()
        existing = OfficialReply.objects.filter(comment=comment).first()
        if existing is not None and not body:
            existing.delete()
        elif existing is not None and existing.body != body:
            existing.body = body
            existing.author = self.for_user
            existing.save()
        elif existing is None and body:
            OfficialReply.objects.create(comment=comment, body=body, author=self.for_user)
        else:
            return
        comment.refresh_from_db(fields=["status"])
        reply_changed(comment)

    class Meta:
        model = ReaderComment
        fields = ["status"]
