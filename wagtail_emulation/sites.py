"""Which sites an editor works on, and admin querysets cut down to them.

An install may serve a whole province: one Wagtail ``Site`` per department. An editor sees
the sites whose root page is at or below a page on which one of their groups holds a page
permission (any kind); a superuser, and a *province-level group* (page permissions on the
tree's root), see every site; on an install with one site everybody sees it. No permission
model of our own: Wagtail's page permissions already say where an editor works.

Each model the admin lists says how a row knows its site with a ``site_scope``
(:class:`PageScope` for a row attached to a page, :class:`SiteScope` for a row with its own
``site``); :func:`for_user_sites` then cuts any queryset of it down in one line, by page path
prefix (no query per row).
"""

from functools import reduce
from operator import or_

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

# Memoised on the user object, which lives as long as its request.
_CACHE_ATTRIBUTE = "_wagtail_emulation_site_scope"


class UserSites:
    """What one user sees: ``every`` site, or the ``sites`` (and their ``root_paths``)."""

    def __init__(self, user):
        self.every = False
        self.sites = []
        if not (user and user.is_active):
            return
        sites = list(Site.objects.select_related("root_page"))
        # One site: nothing to keep apart, so a moderator without page permissions (a
        # department's usual set-up) keeps every screen whole.
        if user.is_superuser or len(sites) <= 1:
            self.every = True
            return
        granted = set(
            Page.objects.filter(group_permissions__group__user=user).values_list("path", flat=True)
        )
        if any(len(path) == Page.steplen for path in granted):
            self.every = True  # a province-level group: permissions on the tree's root
            return
        self.sites = [
            site for site in sites if any(site.root_page.path.startswith(path) for path in granted)
        ]

    @property
    def root_paths(self):
        return [site.root_page.path for site in self.sites]

    @property
    def site_ids(self):
        return [site.pk for site in self.sites]


def user_sites(user):
    found = getattr(user, _CACHE_ATTRIBUTE, None)
    if found is None:
        found = UserSites(user)
        if user is not None:
            setattr(user, _CACHE_ATTRIBUTE, found)
    return found


def sites_for_user(user):
    """The sites ``user`` may see in the admin, as a queryset of ``Site``."""
    scope = user_sites(user)
    if scope.every:
        return Site.objects.all()
    return Site.objects.filter(pk__in=scope.site_ids)


def only_site_of(user):
    """The one site an editor kept to a single site works on; ``None`` for an editor who
    sees every site or several (what they import is then shared by the install)."""
    scope = user_sites(user)
    return scope.sites[0] if not scope.every and len(scope.sites) == 1 else None


def sees_every_site(user):
    return user_sites(user).every


def under_paths(paths, lookup):
    """``Q`` for pages (``lookup``: the path to a page, "" for a page itself) inside the
    trees rooted at ``paths``; matches nothing for no path."""
    prefix = f"{lookup}__" if lookup else ""
    if not paths:
        return Q(pk__in=[])
    return reduce(or_, (Q(**{f"{prefix}path__startswith": path}) for path in paths))


class PageScope:
    """A row attached to a page: it belongs to the site whose tree holds the page."""

    def __init__(self, lookup="page"):
        self.lookup = lookup

    def filter(self, queryset, user):
        return queryset.filter(under_paths(user_sites(user).root_paths, self.lookup))

    def for_site(self, queryset, site):
        # By address path, from Wagtail's cached site root paths: no query once warm.
        prefix = f"{self.lookup}__" if self.lookup else ""
        roots = [root.root_path for root in Site.get_site_root_paths() if root.site_id == site.pk]
        if not roots:
            return queryset.none()
        return queryset.filter(
            reduce(or_, (Q(**{f"{prefix}url_path__startswith": root}) for root in roots))
        )


class SiteScope:
    """A row with its own site (``lookup``); with ``shared``, an empty site means the row
    belongs to the whole install and every editor sees it."""

    def __init__(self, lookup="site", shared=True):
        self.lookup, self.shared = lookup, shared

    def _q(self, site_ids):
        matched = Q(**{f"{self.lookup}__in": site_ids})
        return matched | Q(**{f"{self.lookup}__isnull": True}) if self.shared else matched

    def filter(self, queryset, user):
        return queryset.filter(self._q(user_sites(user).site_ids))

    def for_site(self, queryset, site):
        return queryset.filter(self._q([site.pk]))


_PAGES = PageScope("")


def has_site_scope(model):
    return issubclass(model, Page) or hasattr(model, "site_scope")


def scope_of(model):
    """The model's ``site_scope``; pages are scoped by their own path."""
    if issubclass(model, Page):
        return _PAGES
    return model.site_scope


def for_user_sites(queryset, user):
    """``queryset`` cut down to the rows of ``user``'s sites (its model's ``site_scope``)."""
    if sees_every_site(user):
        return queryset
    return scope_of(queryset.model).filter(queryset, user)


def for_site(queryset, site):
    """``queryset`` cut down to the rows of one site (its model's ``site_scope``)."""
    return scope_of(queryset.model).for_site(queryset, site)


def in_user_sites(obj, user):
    """Whether ``user`` may reach ``obj`` (one query, none for those who see every site)."""
    if sees_every_site(user):
        return True
    return for_user_sites(type(obj)._default_manager.filter(pk=obj.pk), user).exists()


def site_field(help_text):
    """The ``site`` of a row that is not a page (a decision, a schedule item…): empty means
    the whole install shares it (what rows made before a second site was added keep)."""
    return models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


def page_site(page):
    """The site serving ``page`` (a ``Site`` carrying only its id, enough for
    :func:`for_site`), from Wagtail's cached site root paths: unlike ``page.get_site()``, no
    query once they are warm. ``None`` for a page outside every site (or never saved)."""
    url_path = getattr(page, "url_path", None)
    if not url_path:
        return None
    for root in Site.get_site_root_paths():  # the most specific first
        if url_path.startswith(root.root_path):
            return Site(id=root.site_id)
    return None


def on_request_site(queryset, request):
    """Rows (pages or not) of the site answering ``request``: a public endpoint given the id
    of another site's page answers 404 under this host."""
    site = Site.find_for_request(request)
    return queryset if site is None else for_site(queryset, site)
