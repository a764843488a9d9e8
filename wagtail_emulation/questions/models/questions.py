"""A question a reader sent: private to the agency, followed by its tracking code."""

import secrets

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.fields import RichTextField

from ...sites import PageScope
from .. import codes
from .topics import QuestionTopic

#: Contact details a purge erases (the question's text stays, for the statistics).
CONTACT_FIELDS = ("full_name", "email", "phone", "address")
VIEW_CONTACT_PERMISSION = "wagtail_emulation_questions.view_contact"


class QuestionStatus(models.TextChoices):
    RECEIVED = "received", pgettext_lazy("question status", "Received")
    IN_PROGRESS = "in_progress", pgettext_lazy("question status", "In progress")
    ANSWERED = "answered", pgettext_lazy("question status", "Answered")
    REJECTED = "rejected", pgettext_lazy("question status", "Not accepted")
    MERGED = "merged", pgettext_lazy("question status", "Merged with another question")


OPEN_STATUSES = (QuestionStatus.RECEIVED, QuestionStatus.IN_PROGRESS)


def attachment_path(instance, filename):
    """A random name under a private folder: nobody can guess where a file is, and the admin
    serves it only to editors allowed to see contact details."""
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"questions/attachments/{secrets.token_urlsafe(24)}.{suffix}"


class QuestionQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, today=None):
        return self.open().filter(deadline__lt=today or timezone.localdate())

    def counted(self):
        """What the statistics count: merged duplicates are counted once, as their original."""
        return self.exclude(status=QuestionStatus.MERGED)


class Question(models.Model):
    # --- what the reader sent -----------------------------------------------------------
    section = models.ForeignKey(
        "QuestionIndexPage",
        verbose_name=_("section"),
        on_delete=models.PROTECT,
        related_name="questions",
        help_text=_("The questions and answers section the question was sent to."),
    )
    code = models.CharField(_("tracking code"), max_length=16, editable=False)
    code_digest = models.CharField(max_length=64, unique=True, editable=False)
    topic = models.ForeignKey(
        QuestionTopic, verbose_name=_("subject area"), on_delete=models.PROTECT
    )
    title = models.CharField(_("title"), max_length=255)
    body = models.TextField(_("question"))
    attachment = models.FileField(
        _("attachment"), upload_to=attachment_path, blank=True, max_length=255
    )
    attachment_name = models.CharField(
        _("attachment's file name"), max_length=255, blank=True, editable=False
    )
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telephone"), max_length=30, blank=True)
    address = models.CharField(_("address"), max_length=500, blank=True)
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    consented_at = models.DateTimeField(_("consent given at"), null=True, editable=False)
    ip_hash = models.CharField(max_length=64, blank=True, editable=False)
    contact_purged_at = models.DateTimeField(
        _("contact details erased at"), null=True, blank=True, editable=False
    )

    # --- how the agency handles it ------------------------------------------------------
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=QuestionStatus.choices,
        default=QuestionStatus.RECEIVED,
        db_index=True,
    )
    deadline = models.DateField(
        _("answer due"),
        null=True,
        blank=True,
        help_text=_("Counted in working days when the question arrived; change it if needed."),
    )
    unit = models.ForeignKey(
        "wagtail_emulation.Unit",
        verbose_name=_("unit in charge"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The unit that answers; the asker sees it when looking the question up."),
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person in charge"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    internal_note = models.TextField(
        _("internal note"), blank=True, help_text=_("Seen by editors only, never by the asker.")
    )
    rejection_reason = models.TextField(
        _("reason for not accepting"),
        blank=True,
        help_text=_("Shown to the asker when the question is not accepted."),
    )
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("duplicate of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
        help_text=_("The question this one repeats: the asker then follows that one's answer."),
    )
    publish_answer = models.BooleanField(
        _("publish the answer on the portal"),
        default=True,
        help_text=_(
            "Untick for a personal question: the answer is still approved through the "
            "workflow, and the asker reads it with the tracking code, but it is not listed."
        ),
    )

    # --- the answer, as published (kept here for the lookup and the statistics) --------------
    answer_page = models.ForeignKey(
        "QuestionPage",
        verbose_name=_("answer page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True, editable=False)
    answer = RichTextField(_("answer"), blank=True, editable=False)
    answer_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("answer file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    answered_by = models.CharField(_("answered by"), max_length=255, blank=True, editable=False)
    working_days_taken = models.PositiveSmallIntegerField(
        _("working days to answer"), null=True, blank=True, editable=False
    )

    objects = QuestionQuerySet.as_manager()

    #: How a row knows its site: admin lists keep each editor to theirs (core `sites`).
    site_scope = PageScope("section")

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        permissions = [("view_contact", _("Can see askers' contact details and attachments"))]
        indexes = [models.Index(fields=["status", "deadline"], name="question_status_deadline")]

    def __str__(self):
        return f"{codes.display(self.code)} – {self.title}"

    @classmethod
    def receive(cls, attempts=5, **fields):
        """Save a new question under a fresh tracking code (another one on a collision)."""
        for attempt in range(attempts):
            code = codes.new_code()
            try:
                with transaction.atomic():
                    return cls.objects.create(code=code, code_digest=codes.digest(code), **fields)
            except IntegrityError:
                if attempt == attempts - 1:
                    raise
        raise AssertionError("unreachable")

    @property
    def display_code(self):
        return codes.display(self.code)

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    def is_overdue(self, today=None):
        return bool(
            self.is_open and self.deadline and self.deadline < (today or timezone.localdate())
        )

    @property
    def followed(self):
        """The question whose progress the asker sees: the original of a merged duplicate."""
        return (
            self.duplicate_of
            if self.status == QuestionStatus.MERGED and self.duplicate_of
            else self
        )
