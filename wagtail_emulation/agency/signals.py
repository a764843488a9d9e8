"""What a change to the organisation makes stale, and the portraits to prepare (at save, never
on the read path)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from ..fragments import ALL, forget_fragments


def forget_agency_pages(**kwargs):
    # The agency's people and units are part of its pages' cached JSON-LD.
    forget_fragments("page", ALL)


def prepare_portrait(sender, instance, **kwargs):
    from .people import PORTRAIT_SPEC

    if instance.shows_portrait():
        transaction.on_commit(lambda: instance.portrait.get_rendition(PORTRAIT_SPEC))


def connect():
    from ..organisation import Unit
    from .people import Person

    for model in (Person, Unit):
        for signal in (post_save, post_delete):
            signal.connect(
                forget_agency_pages,
                sender=model,
                weak=False,
                dispatch_uid=f"emu-agency:{model._meta.label}:{id(signal)}",
            )
    post_save.connect(prepare_portrait, sender=Person, dispatch_uid="emu-agency-portraits")
