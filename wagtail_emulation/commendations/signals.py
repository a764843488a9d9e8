"""What a change to the register makes stale, and the photos to prepare (at save, never on
the read path)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from ..fragments import ALL, forget_fragments, forget_on_content_changes

#: The cached boxes and sections that show decisions (``{% honour_board %}``, the sections
#: under campaigns and exemplar stories).
FRAGMENT_NAME = "commendations"


def forget_commendation_fragments(**kwargs):
    forget_fragments(FRAGMENT_NAME, ALL)


def forget_page_fragments(**kwargs):
    # The notices' windows are part of their cached article.
    forget_fragments("page", ALL)


def prepare_recipient_photos(sender, instance, **kwargs):
    """Make the honour board's portrait of every consenting recipient of a saved decision."""
    from .models.decisions import HONOUR_PHOTO_SPEC

    def prepare():
        for recipient in instance.recipients.filter(photo_consent=True, photo__isnull=False):
            recipient.photo.get_rendition(HONOUR_PHOTO_SPEC)

    transaction.on_commit(prepare)


def connect():
    from ..models import CalendarException
    from ..organisation import Unit
    from .models import Award, ClusterMember, Decision, DecisionRecipient, DecisionStory

    for model in (Award, Decision, DecisionRecipient, DecisionStory, Unit, ClusterMember):
        for signal in (post_save, post_delete):
            signal.connect(
                forget_commendation_fragments,
                sender=model,
                weak=False,
                dispatch_uid=f"emu-commendations:{model._meta.label}:{id(signal)}",
            )
    for signal in (post_save, post_delete):
        signal.connect(
            forget_page_fragments,
            sender=CalendarException,
            weak=False,
            dispatch_uid=f"emu-commendations-calendar:{id(signal)}",
        )
    post_save.connect(prepare_recipient_photos, sender=Decision, dispatch_uid="emu-honour-photos")
    # A page's title or address in a section may change with any publication.
    forget_on_content_changes(FRAGMENT_NAME)
