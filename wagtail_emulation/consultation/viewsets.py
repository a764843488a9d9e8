"""The "Góp ý dự thảo" admin menu: opinions to moderate, tag by article and answer (with
CSV/XLSX export of the summary report through the core's spreadsheet path), replies per
article, and the bulk actions."""

import django_filters
from django import forms
from django.template.defaultfilters import linebreaksbr
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy, pgettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import (
    Column,
    DateColumn,
    StatusTagColumn,
)
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from ..admin_viewsets import OneScreenViewSet
from ..moderation import ModerationIndexView, StatusAction, status_bulk_actions
from ..site_scoped_admin import SiteScopedViewSetMixin
from ..sites import for_user_sites
from ..spreadsheets.writing import SpreadsheetExportMixin
from .models import ArticleReply, DraftOpinion, DraftPage
from .opinions import change_status, delete_opinions, opinion_edited

Status = DraftOpinion.Status


class ArticleChoiceMixin:
    """The article field offers the draft's articles (and "the whole draft")."""

    def article_choices(self, page):
        choices = [("", _("The whole draft"))]
        if page is not None:
            choices += [
                (part.key, f"{part.label}. {part.title}".rstrip(". ")) for part in page.articles
            ]
        return choices

    def set_article_label(self, instance):
        article = instance.page.article(instance.article_key) if instance.article_key else None
        instance.article_label = article.label if article else ""


class OpinionModerationForm(ArticleChoiceMixin, WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "article_key" in self.fields:
            page = self.instance.page if self.instance.page_id else None
            self.fields["article_key"] = forms.ChoiceField(
                label=_("Article"), choices=self.article_choices(page), required=False
            )

    def save(self, commit=True):
        opinion = super().save(commit=False)
        self.set_article_label(opinion)
        status_changed = "status" in self.changed_data
        new_status = opinion.status
        if status_changed:
            # Through the moderation service (row lock, counts), not a plain save.
            opinion.status = self.initial.get("status", opinion.status)
        if commit:
            opinion.save()
            if status_changed:
                change_status([opinion.pk], new_status, moderator=getattr(self, "for_user", None))
                opinion.refresh_from_db()
            opinion_edited(opinion)
        return opinion


class ArticleReplyForm(ArticleChoiceMixin, WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance.page if self.instance.page_id else None
        page_id = self.data.get("page") if self.is_bound else None
        if page is None and page_id:
            page = DraftPage.objects.filter(pk=page_id).first()
        self.fields["article_key"] = forms.ChoiceField(
            label=_("Article"),
            choices=self.article_choices(page) if page else self._every_article(),
            required=False,
        )

    def _every_article(self):
        choices = [("", _("The whole draft"))]
        for page in DraftPage.objects.order_by("title"):
            choices += [(part.key, f"{page.title}: {part.label}") for part in page.articles]
        return choices

    def save(self, commit=True):
        reply = super().save(commit=False)
        self.set_article_label(reply)
        if commit:
            reply.save()
            opinion_edited(reply)
        return reply


def drafts_with_opinions(request):
    drafts = DraftPage.objects.filter(opinions__isnull=False).distinct().order_by("title")
    return for_user_sites(drafts, request.user)


class DraftOpinionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Status.choices, empty_label=_("All")
    )
    page = django_filters.ModelChoiceFilter(
        label=pgettext_lazy("consultation", "Draft"), queryset=drafts_with_opinions
    )
    outcome = django_filters.ChoiceFilter(
        label=_("Outcome"), choices=DraftOpinion._meta.get_field("outcome").choices
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Sent between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = DraftOpinion
        fields = ["status", "page", "outcome", "created_at"]


class DraftOpinionIndexView(SpreadsheetExportMixin, ModerationIndexView):
    export_filename = "bao-cao-tong-hop-y-kien"
    bulk_obj_type = "draft_opinion"

    @cached_property
    def no_results_message(self):
        if self.is_searching or self.is_filtering:
            return _("No opinion matches your search or filters.")
        return _("There are no opinions on drafts yet.")


class DraftOpinionEditView(generic.EditView):
    success_message = _("The opinion by “%(object)s” was saved.")
    error_message = _("The opinion could not be saved: see the errors below.")


class DraftOpinionDeleteView(generic.DeleteView):
    success_message = _("The opinion by “%(object)s” was deleted.")

    def get_usage_url(self):
        return None

    def delete_action(self):
        delete_opinions([self.object.pk])


class ReadOnlyTextPanel(FieldPanel):
    def format_value_for_display(self, value):
        return linebreaksbr(value, autoescape=True)


class DraftOpinionViewSet(SiteScopedViewSetMixin, ModelViewSet):
    model = DraftOpinion
    name = "wagtail_emulation_consultation"
    icon = "comment"
    menu_label = _("Opinions")
    add_to_admin_menu = False
    copy_view_enabled = False
    index_view_class = DraftOpinionIndexView
    edit_view_class = DraftOpinionEditView
    delete_view_class = DraftOpinionDeleteView
    filterset_class = DraftOpinionFilterSet
    search_fields = ["name", "organisation", "body", "gist", "reply"]
    search_backend_name = None
    list_display = [
        Column("excerpt", label=pgettext_lazy("draft opinion", "Opinion")),
        Column("page", label=pgettext_lazy("consultation", "Draft"), accessor="page.title"),
        Column("article_label", label=_("Article")),
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            primary=lambda opinion: opinion.status == Status.PENDING,
        ),
        DateColumn("created_at", label=_("Sent at"), sort_key="created_at"),
    ]
    # The summary report as a spreadsheet: filter by draft, then download.
    list_export = [
        "page",
        "article_label",
        "name",
        "organisation",
        "report_gist",
        "get_outcome_display",
        "reply",
        "get_status_display",
        "created_at",
    ]
    export_headings = {
        "page": pgettext_lazy("consultation", "Draft"),
        "article_label": _("Article"),
        "name": _("Opinion by"),
        "organisation": pgettext_lazy("opinion author", "Organisation"),
        "report_gist": _("Gist of the opinion"),
        "get_outcome_display": _("Outcome"),
        "reply": _("Agency's reply"),
        "get_status_display": _("Status"),
        "created_at": _("Sent at"),
    }
    edit_handler = ObjectList(
        [
            FieldPanel("page", read_only=True),
            FieldRowPanel(
                [FieldPanel("name", read_only=True), FieldPanel("organisation", read_only=True)]
            ),
            FieldRowPanel(
                [FieldPanel("email", read_only=True), FieldPanel("phone", read_only=True)]
            ),
            ReadOnlyTextPanel("body", read_only=True),
            FieldPanel("created_at", read_only=True),
            FieldPanel("status"),
            FieldPanel("article_key"),
            FieldPanel("gist"),
            FieldPanel("outcome"),
            FieldPanel("reply"),
        ],
        base_form_class=OpinionModerationForm,
    )

    def get_permissions_to_register(self):
        return (
            super()
            .get_permissions_to_register()
            .filter(codename__in=["moderate_draftopinion", "delete_draftopinion"])
        )


class ArticleReplyViewSet(SiteScopedViewSetMixin, ModelViewSet):
    model = ArticleReply
    name = "wagtail_emulation_consultation_replies"
    icon = "openquote"
    menu_label = _("Replies per article")
    copy_view_enabled = False
    list_display = ["page", "article_label", "outcome"]
    list_filter = ["page", "outcome"]
    form_fields = ["page", "article_key", "outcome", "reply"]
    edit_handler = ObjectList(
        [FieldPanel("page"), FieldPanel("article_key"), FieldPanel("outcome"), FieldPanel("reply")],
        base_form_class=ArticleReplyForm,
    )


class StatisticsViewSet(OneScreenViewSet):
    name = "wagtail_emulation_consultation_statistics"
    icon = "table"
    menu_label = _("Statistics of opinions")
    view_class = "wagtail_emulation.consultation.admin_views.OpinionStatisticsView"


class ConsultationGroup(ViewSetGroup):
    menu_label = _("Draft consultation")
    menu_icon = "comment"
    menu_order = 260
    items = (DraftOpinionViewSet, ArticleReplyViewSet, StatisticsViewSet)


BULK_ACTIONS = status_bulk_actions(
    DraftOpinion,
    change_status,
    [
        StatusAction(
            status=Status.APPROVED,
            action_type="approve-opinions",
            display_name=_("Approve"),
            aria_label=_("Approve the selected opinions"),
            question=_("Approve these opinions?"),
            done=ngettext_lazy(
                "%(count)d opinion has been approved.",
                "%(count)d opinions have been approved.",
                "count",
            ),
        ),
        StatusAction(
            status=Status.REJECTED,
            action_type="reject-opinions",
            display_name=_("Reject"),
            aria_label=_("Reject the selected opinions"),
            question=_("Reject these opinions? They will not be counted or shown."),
            done=ngettext_lazy(
                "%(count)d opinion has been rejected.",
                "%(count)d opinions have been rejected.",
                "count",
            ),
        ),
        StatusAction(
            status=Status.SPAM,
            action_type="spam-opinions",
            display_name=_("Spam"),
            aria_label=_("Mark the selected opinions as spam"),
            question=_("Mark these opinions as spam? They will not be counted or shown."),
            done=ngettext_lazy(
                "%(count)d opinion has been marked as spam.",
                "%(count)d opinions have been marked as spam.",
                "count",
            ),
        ),
    ],
)
