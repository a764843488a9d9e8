"""Turning a valid form into a stored comment: its status and the personal data kept."""

from django.utils import timezone

from .forms import fingerprint
from .models import ReaderComment
from .moderation import create_comment

Status = ReaderComment.Status


def initial_status(form):
    """Spam when the honeypot was filled; held when moderation is on or links are over the
    limit (with "hold" chosen); published otherwise."""
    if form.trap_filled:
        return Status.SPAM, ""
    if form.over_link_limit:
        return Status.PENDING, ReaderComment.HoldReason.LINKS
    if form.comment_settings.moderation:
        return Status.PENDING, ReaderComment.HoldReason.MODERATION
    return Status.APPROVED, ""


def save_comment(form):
    data = form.cleaned_data
    status, hold_reason = initial_status(form)
    now = timezone.now()
    return create_comment(
        page_id=form.page.pk,
        name=data["name"],
        email=data.get("email", ""),
        body=data["body"],
        status=status,
        hold_reason=hold_reason,
        created_at=now,
        consented_at=now,
        ip_hash=form.ip_hash,
        fingerprint=fingerprint(data["body"]),
    )
