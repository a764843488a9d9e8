"""Turning a valid form into a stored comment: status, rate limits, personal data kept."""

from django.utils import timezone
from django.utils.translation import ngettext

from ..client import client_ip, keyed_hash
from ..rate_limits import hit_rate_limit
from .conf import app_settings
from .forms import fingerprint
from .models import ReaderComment
from .moderation import create_comment

Status = ReaderComment.Status


def reader_ip_hash(request):
    """The keyed hash kept instead of the reader's IP address ('' when it cannot be told)."""
    address = client_ip(request)
    return keyed_hash(address, purpose="comments.ip") if address else ""


def retry_after(ip_hash, email):
    """Seconds the reader must wait (over a per-IP or per-e-mail limit), else ``None``."""
    waits = [hit_rate_limit("comments:ip", ip_hash, *app_settings.COMMENTS_RATE_LIMIT_PER_IP)]
    if email:
        waits.append(
            hit_rate_limit(
                "comments:email", email.lower(), *app_settings.COMMENTS_RATE_LIMIT_PER_EMAIL
            )
        )
    waits = [wait for wait in waits if wait]
    return max(waits) if waits else None


def rate_limit_message(seconds):
    minutes = max(1, -(-seconds // 60))
    return ngettext(
        "You have sent several comments in a short time. Please try again in %(minutes)s minute.",
        "You have sent several comments in a short time. Please try again in %(minutes)s minutes.",
        minutes,
    ) % {"minutes": minutes}


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
