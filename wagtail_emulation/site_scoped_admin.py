"""Admin screens that keep an editor inside their sites (see :mod:`.sites`).

A viewset with :class:`SiteScopedViewSetMixin` lists only the rows of the editor's sites, and
answers 404 for another site's row reached by its address (edit, delete, inspect, history,
usage…): every view the viewset builds gets :class:`SiteScopedViewMixin`. The list's
filters and a snippet's picker offer only the editor's sites' choices too (no other site's
page title or unit in a menu).
"""

from django.http import Http404
from django.utils.functional import cached_property

from .sites import (
    SiteScope,
    for_user_sites,
    has_site_scope,
    in_user_sites,
    scope_of,
    sees_every_site,
    sites_for_user,
)


class SiteScopedViewMixin:
    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        # History and usage views list log entries and references, not the model's rows.
        if queryset.model is not self.model:
            return queryset
        return for_user_sites(queryset, self.request.user)

    @cached_property
    def filters(self):
        filterset = super().filters
        if filterset is not None:
            for field in filterset.form.fields.values():
                choices = getattr(field, "queryset", None)
                if choices is not None and has_site_scope(choices.model):
                    field.queryset = for_user_sites(choices, self.request.user)
        return filterset

    def get_form(self, *args, **kwargs):
        """A row's **Site** offers the editor's own sites; only who sees every site may
        leave it empty (a row shared by the whole install)."""
        form = super().get_form(*args, **kwargs)
        site = getattr(form, "fields", {}).get("site")
        if site is not None:
            user = self.request.user
            site.queryset = sites_for_user(user)
            if isinstance(scope_of(self.model), SiteScope) and not sees_every_site(user):
                site.required = True
        return form

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if isinstance(obj, self.model) and not in_user_sites(obj, self.request.user):
            raise Http404
        return obj


class SiteScopedChooserViewMixin:
    def get_object_list(self):
        return for_user_sites(super().get_object_list(), self.request.user)


class SiteScopedChooserViewSetMixin:
    def construct_view(self, view_class, **kwargs):
        scoped = type(view_class.__name__, (SiteScopedChooserViewMixin, view_class), {})
        return super().construct_view(scoped, **kwargs)


class SiteScopedViewSetMixin:
    def construct_view(self, view_class, **kwargs):
        scoped = type(view_class.__name__, (SiteScopedViewMixin, view_class), {})
        return super().construct_view(scoped, **kwargs)

    @cached_property
    def chooser_viewset_class(self):
        """A snippet's picker in edit forms (a unit, a person) offers the editor's own
        sites' rows too, as its listing does."""
        base = super().chooser_viewset_class
        return type(f"SiteScoped{base.__name__}", (SiteScopedChooserViewSetMixin, base), {})


def check_in_user_sites(obj, user):
    """404 unless ``user`` may reach ``obj``: for hand-written views."""
    if not in_user_sites(obj, user):
        raise Http404
    return obj
