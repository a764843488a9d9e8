"""Reader comments, the department's official replies, the per-page approved count and the
editors' settings.

Wagtail already has an editor-only ``Comment`` model (comments on page revisions), hence
``ReaderComment``.
"""

import re
from datetime import timedelta

import swapper
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from .. import moderation
from ..feedback.switches import PageTypesField
from ..sites import PageScope

PAGE_MODEL = swapper.get_model_name("wagtailcore", "Page")
LINK_PATTERN = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)


def split_list(text):
    """Entries of a settings text box, one per line or comma-separated, blanks dropped."""
    return [entry.strip() for entry in re.split(r"[\n,;]", text or "") if entry.strip()]


def validate_email_list(text):
    for address in split_list(text):
        try:
            validate_email(address)
        except ValidationError:
            raise ValidationError(
                _("“%(address)s” is not a valid e-mail address."), params={"address": address}
            ) from None


@register_setting(icon="comment")
class CommentSettings(BaseSiteSetting):
    """How one site takes reader comments; deployment limits are in ``comments/conf.py``."""

    class OverLinkLimit(models.TextChoices):
        HOLD = "hold", _("Hold it for moderation")
        REJECT = "reject", _("Refuse it and ask the reader to remove links")

    off_page_types = PageTypesField(
        _("page types without comments"),
        default=list,
        blank=True,
        help_text=_(
            "Pages of the ticked types show no comments. Any other page whose template shows "
            "them takes comments, unless the page turns its own comments off."
        ),
    )
    moderation = models.BooleanField(
        _("hold comments for moderation"),
        default=True,
        help_text=_("Untick to publish comments at once (links and banned words still apply)."),
    )
    email_required = models.BooleanField(
        _("require an e-mail address"),
        default=False,
        help_text=_(
            "The address is never shown publicly and is erased after the retention period."
        ),
    )
    close_after_days = models.PositiveIntegerField(
        _("close comments after (days)"),
        default=0,
        help_text=_("Days after a page is first published; 0 keeps comments open."),
    )
    banned_words = models.TextField(
        _("banned words"),
        blank=True,
        help_text=_("One word or phrase per line. A comment containing one is refused."),
    )
    link_limit = models.PositiveSmallIntegerField(
        _("most links in a comment"),
        default=2,
    )
    over_link_limit = models.CharField(
        _("a comment with more links"),
        max_length=10,
        choices=OverLinkLimit.choices,
        default=OverLinkLimit.HOLD,
    )
    notify_emails = models.TextField(
        _("notify moderators at"),
        blank=True,
        validators=[validate_email_list],
        help_text=_(
            "E-mail addresses told about each comment waiting for moderation, one per line. "
            "Empty: every user allowed to moderate comments."
        ),
    )

    panels = [
        FieldPanel("off_page_types"),
        MultiFieldPanel(
            [FieldPanel("moderation"), FieldPanel("notify_emails")], heading=_("Moderation")
        ),
        MultiFieldPanel(
            [
                FieldPanel("email_required"),
                FieldPanel("close_after_days"),
                FieldPanel("banned_words"),
                FieldPanel("link_limit"),
                FieldPanel("over_link_limit"),
            ],
            heading=_("What readers may send"),
        ),
    ]

    class Meta:
        verbose_name = _("Reader comment settings")
        verbose_name_plural = _("Reader comment settings")

    def banned_word_list(self):
        return split_list(self.banned_words)

    def notify_address_list(self):
        return split_list(self.notify_emails)

    def closes_at(self, page):
        """When comments on ``page`` close, or ``None`` when they stay open."""
        published = getattr(page, "first_published_at", None)
        if not self.close_after_days or published is None:
            return None
        return published + timedelta(days=self.close_after_days)


class ReaderComment(models.Model):
    """A reader's comment on any page. The e-mail and IP hash are personal data (purged)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for moderation")
        APPROVED = "approved", _("Approved")
        # In context: Wagtail's "Rejected" is a logged workflow action ("Đã từ chối").
        REJECTED = "rejected", pgettext_lazy("comment status", "Rejected")
        SPAM = "spam", _("Spam")

    class HoldReason(models.TextChoices):
        NONE = "", pgettext_lazy("comment hold reason", "None")
        MODERATION = "moderation", _("Moderation is on")
        LINKS = "links", _("Too many links")

    page = models.ForeignKey(
        PAGE_MODEL, on_delete=models.CASCADE, related_name="reader_comments", verbose_name=_("page")
    )
    name = models.CharField(pgettext_lazy("commenter", "name"), max_length=100)
    email = models.EmailField(_("e-mail address"), blank=True)
    body = models.TextField(_("comment"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    hold_reason = models.CharField(
        _("held because"), max_length=12, choices=HoldReason.choices, blank=True
    )
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)
    consented_at = models.DateTimeField(_("consent given at"))
    ip_hash = models.CharField(_("IP address hash"), max_length=64, blank=True)
    # A hash of the normalised text, to spot the same comment sent twice.
    fingerprint = models.CharField(max_length=64, db_index=True, editable=False)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("moderated by"),
    )
    personal_data_erased_at = models.DateTimeField(
        _("personal data erased at"), null=True, blank=True
    )

    #: How a row knows its site: admin lists keep each editor to theirs (core `sites`).
    site_scope = PageScope("page")

    class Meta:
        verbose_name = _("reader comment")
        verbose_name_plural = _("reader comments")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["page", "status", "created_at"], name="emu_comment_page_list"),
            models.Index(fields=["status", "created_at"], name="emu_comment_status"),
        ]
        permissions = [("moderate_readercomment", _("Can moderate reader comments"))]

    def __str__(self):
        return self.name

    @property
    def excerpt(self):
        return moderation.excerpt(self.body)

    def link_count(self):
        return len(LINK_PATTERN.findall(self.body))


class OfficialReply(models.Model):
    """The department's answer to one comment, shown under it once the comment is approved.

    One reply per comment: a department gives one authoritative answer and edits it rather than
    starting a thread, and the public list stays one query (``select_related``).
    """

    comment = models.OneToOneField(
        ReaderComment, on_delete=models.CASCADE, related_name="official_reply"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("written by"),
    )
    body = models.TextField(_("official reply"))
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("official reply")
        verbose_name_plural = _("official replies")

    def __str__(self):
        return self.body[:50]


class CommentCount(models.Model):
    """Approved comments of one page, changed with ``F()`` in the same transaction as statuses."""

    page = models.OneToOneField(
        PAGE_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    approved = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("approved comment count")
        verbose_name_plural = _("approved comment counts")

    def __str__(self):
        return f"{self.page_id}: {self.approved}"
