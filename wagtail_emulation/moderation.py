"""What every moderated reader submission shares in the admin: who may moderate, and the
bulk actions that change many statuses at once.

A sub-app's model gets one custom permission, ``moderate_<model>``, that opens its listing,
the detail view with the reader's contact details, status changes, replies and bulk actions;
deleting also needs Django's ``delete_<model>``; nobody adds submissions in the admin.
Register :class:`ModerationPermissionPolicy` for the model before its viewset, make its bulk
actions with :func:`status_bulk_actions` from the app's own status-changing service and
wording, and list the submissions with :class:`ModerationIndexView`. Each submission names
itself in listings and bulk confirmations by its ``excerpt`` (see :func:`excerpt`).
"""

from dataclasses import dataclass

from django.contrib.auth import get_permission_codename, get_user_model
from django.utils.functional import cached_property
from django.utils.text import Truncator, capfirst
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, ButtonsColumnMixin, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry

from .sites import in_user_sites

MODERATE = "moderate"
EXCERPT_CHARS = 80


def excerpt(text):
    """The start of a reader's text on one line, at most :data:`EXCERPT_CHARS` characters
    with the ellipsis: how a submission is named in its listing and in bulk confirmations."""
    return Truncator(" ".join(text.split())).chars(EXCERPT_CHARS)


class ModerationPermissionPolicy(ModelPermissionPolicy):
    def _permission(self, action):
        opts = self.model._meta
        return f"{opts.app_label}.{get_permission_codename(action, opts)}"

    def _needed(self, action):
        if action in ("view", "change", MODERATE):
            return [MODERATE]
        if action == "delete":
            return [MODERATE, "delete"]
        return None  # "add" and anything unknown

    def user_has_permission(self, user, action):
        needed = self._needed(action)
        return bool(needed) and all(user.has_perm(self._permission(name)) for name in needed)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        # Active users holding it directly, through a group, or as superusers.
        return get_user_model().objects.with_perm(self._permission(MODERATE))


class ModerationStatusBulkAction(PermissionCheckedMixin, BulkAction):
    """Set one status on the chosen items through ``change_status(ids, status, moderator=)``
    (a ``staticmethod`` of the subclass), which keeps the app's counts exact; ``done`` is the
    success message, an ``ngettext_lazy(..., "count")``."""

    permission_required = MODERATE
    template_name = "wagtail_emulation/moderation/confirm_bulk_status.html"
    status = None
    icon = "comment"
    change_status = None
    done = None

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(self.models[0])

    def check_perm(self, obj):
        # Another site's submission, even by a forged id, is left out as "no access".
        return in_user_sites(obj, self.request.user)

    def get_execution_context(self):
        return {"status": self.status, "moderator": self.request.user}

    @classmethod
    def execute_action(cls, objects, status=None, moderator=None, **kwargs):
        return cls.change_status([obj.pk for obj in objects], status, moderator=moderator), 0

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action": self}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return self.done % {"count": num_parent_objects}


@dataclass(frozen=True)
class StatusAction:
    """The wording of one bulk status change; the sub-app writes it, since each sentence
    names its own kind of submission (a comment, an opinion) for the translators."""

    status: str
    action_type: str
    display_name: str
    aria_label: str
    question: str
    done: object


def status_bulk_actions(model, change_status, actions):
    """One :class:`ModerationStatusBulkAction` class per :class:`StatusAction`, listed in
    the order given, ready for the ``register_bulk_action`` hook."""
    return [
        type(
            f"{model.__name__}{action.action_type.title().replace('-', '')}BulkAction",
            (ModerationStatusBulkAction,),
            {
                "__module__": model.__module__,
                "models": [model],
                "change_status": staticmethod(change_status),
                "action_priority": 10 * position,
                **vars(action),
            },
        )
        for position, action in enumerate(actions, start=1)
    ]


class SenderColumn(ButtonsColumnMixin, TitleColumn):
    """The sender's name (the model's ``name`` field), linking to the moderation screen, with
    the row's action buttons, as Wagtail's own title column does; its title id is what the
    row's bulk-action checkbox points screen readers to."""

    def __init__(self, view, obj_type):
        super().__init__(
            "name",
            label=capfirst(view.model._meta.get_field("name").verbose_name),
            sort_key="name",
            get_url=lambda obj: view.get_edit_url(obj) or view.get_inspect_url(obj),
            get_title_id=lambda obj: f"{obj_type}_{obj.pk}_title",
        )
        self.view = view

    def get_buttons(self, instance, parent_context):
        return self.view.get_list_buttons(instance)


class ModerationIndexView(generic.IndexView):
    """A moderation listing: a bulk-action checkbox and the sender's name before the
    viewset's own columns, each row with the page it was sent on. ``bulk_obj_type`` is the
    bulk actions' ``models`` type name (``"reader_comment"``…)."""

    bulk_obj_type = None

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page")

    @cached_property
    def columns(self):
        return [
            BulkActionsCheckboxColumn("bulk_actions", obj_type=self.bulk_obj_type),
            SenderColumn(self, self.bulk_obj_type),
            *super().columns,
        ]
