"""A department site in one step: the Site and its home page, the standard sections of the
installed sub-apps, the portal settings, a collection for its images and documents, and an
editors' group whose permissions cover that site only (``create_department_site``).

Every step first looks for what it would make and makes only what is missing, so a second
run changes nothing; a dry run lists the steps and writes nothing.
"""

import re
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    get_page_models,
)

from .conf import emulation_settings
from .locale_vi import vn_slugify

#: What the editors' group may do with pages on its site's tree (Wagtail's permission
#: types, "bulk_delete" left out: removing a whole section stays with the province).
PAGE_PERMISSION_TYPES = ("add", "change", "publish", "lock", "unlock")
#: What the group may do with images and documents in its own collection.
COLLECTION_PERMISSIONS = (
    ("wagtailimages", ("add_image", "change_image", "choose_image")),
    ("wagtaildocs", ("add_document", "change_document", "choose_document")),
)
HOSTNAME = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)


class DepartmentSiteError(Exception):
    """A request the command refuses, said in the admin's language (Vietnamese)."""


@dataclass
class DepartmentSite:
    """What to create: the address, the names, the home page's type and the editors."""

    hostname: str
    site_name: str
    port: int = 80
    agency_name: str = ""
    parent_agency: str = ""
    home_page_type: str = ""  # "app_label.Model"; empty: the setting, else the default site's
    editors: list = field(default_factory=list)  # usernames joined to the editors' group

    def __post_init__(self):
        self.hostname = self.hostname.strip().lower()
        self.site_name = " ".join(self.site_name.split())

    @property
    def group_name(self):
        return _("Editors – %(site)s") % {"site": self.site_name}


def home_page_model(label=""):
    """The home page's type: ``label``, else ``WAGTAIL_EMULATION_DEPARTMENT_HOME_PAGE_TYPE``,
    else the type of the default site's home page."""
    label = label or emulation_settings.DEPARTMENT_HOME_PAGE_TYPE
    if label:
        try:
            model = apps.get_model(label)
        except (LookupError, ValueError):
            model = None
        if model is None or not issubclass(model, Page):
            raise DepartmentSiteError(_("“%(label)s” is not a page type.") % {"label": label})
        return model
    default = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return default.root_page.specific_class if default else Page


def standard_sections(home_model):
    """The index page types of the installed sub-apps that name a standard section and may
    sit under ``home_model``."""
    allowed = home_model.allowed_subpage_models()
    return [
        model
        for model in get_page_models()
        if getattr(model, "section_title", None) and model in allowed
    ]


class _Run:
    """Collects what is done (or, in a dry run, what would be done)."""

    def __init__(self, dry_run):
        self.dry_run = dry_run
        self.steps = []

    def step(self, description, action):
        self.steps.append(description)
        return None if self.dry_run else action()


def _validate(spec):
    if not HOSTNAME.match(spec.hostname):
        raise DepartmentSiteError(
            _("“%(hostname)s” is not a valid host name.") % {"hostname": spec.hostname}
        )
    if not spec.site_name:
        raise DepartmentSiteError(_("The site needs a name."))
    if not 1 <= spec.port <= 65535:
        raise DepartmentSiteError(_("The port must be between 1 and 65535."))
    site = Site.objects.filter(hostname=spec.hostname, port=spec.port).first()
    if site is not None and site.site_name != spec.site_name:
        raise DepartmentSiteError(
            _("The host name %(hostname)s:%(port)s is already taken by the site “%(site)s”.")
            % {"hostname": spec.hostname, "port": spec.port, "site": site.site_name}
        )
    same_name = Site.objects.filter(site_name=spec.site_name).exclude(
        hostname=spec.hostname, port=spec.port
    )
    other = same_name.first()
    if other is not None:
        raise DepartmentSiteError(
            _("The name “%(site)s” is already used by the site %(hostname)s:%(port)s.")
            % {"site": spec.site_name, "hostname": other.hostname, "port": other.port}
        )
    User = get_user_model()
    known = set(User.objects.filter(username__in=spec.editors).values_list("username", flat=True))
    missing = [name for name in spec.editors if name not in known]
    if missing:
        raise DepartmentSiteError(_("No user is called %(names)s.") % {"names": ", ".join(missing)})
    return site


def _create_home(spec, model):
    root = Page.get_first_root_node()
    base_slug = vn_slugify(spec.site_name) or "trang-chu"
    taken = set(root.get_children().values_list("slug", flat=True))
    slug = base_slug
    number = 2
    while slug in taken:
        slug, number = f"{base_slug}-{number}", number + 1
    home = model(title=spec.site_name, slug=slug)
    root.add_child(instance=home)
    home.save_revision().publish()
    return home


def _create_section(home, model):
    title = str(model.section_title)
    section = model(title=title, slug=vn_slugify(title), show_in_menus=True)
    home.add_child(instance=section)
    section.save_revision().publish()
    return section


def _ensure_settings(site, spec):
    from .models import EmulationSettings

    portal_settings = EmulationSettings.objects.filter(site=site).first() if site else None
    wanted = {"agency_name": spec.agency_name or spec.site_name}
    if spec.parent_agency:
        wanted["parent_agency"] = spec.parent_agency
    missing = {
        name: value
        for name, value in wanted.items()
        if portal_settings is None or not getattr(portal_settings, name)
    }
    return missing


def _page_permissions(group, home):
    model_name = Page._meta.model_name
    wanted = Permission.objects.filter(
        content_type__app_label="wagtailcore",
        codename__in=[f"{kind}_{model_name}" for kind in PAGE_PERMISSION_TYPES],
    )
    held = set()
    if group is not None and home is not None:
        held = set(
            GroupPagePermission.objects.filter(group=group, page=home).values_list(
                "permission_id", flat=True
            )
        )
    return [permission for permission in wanted if permission.pk not in held]


def _collection_permissions(group, collection):
    wanted = [
        permission
        for app_label, codenames in COLLECTION_PERMISSIONS
        if apps.is_installed(f"wagtail.{app_label.removeprefix('wagtail')}")
        for permission in Permission.objects.filter(
            content_type__app_label=app_label, codename__in=codenames
        )
    ]
    held = set()
    if group is not None and collection is not None:
        held = set(
            GroupCollectionPermission.objects.filter(
                group=group, collection=collection
            ).values_list("permission_id", flat=True)
        )
    return [permission for permission in wanted if permission.pk not in held]


def _admin_language():
    """The admin language new editors get: Vietnamese when the admin offers it."""
    permitted = getattr(settings, "WAGTAILADMIN_PERMITTED_LANGUAGES", settings.LANGUAGES)
    return "vi" if any(code == "vi" for code, _name in permitted) else ""


def create_department_site(spec, dry_run=False):
    """Create what ``spec`` describes and is missing; the list of steps taken (or, with
    ``dry_run``, that would be taken). An empty list: everything was already there."""
    from .models import EmulationSettings

    with transaction.atomic():
        site = _validate(spec)
        run = _Run(dry_run)
        home = site.root_page.specific if site else None
        home_model = home.specific_class if home else home_page_model(spec.home_page_type)
        if site is None:
            home = run.step(
                _("Create the home page “%(title)s” (%(type)s)")
                % {"title": spec.site_name, "type": home_model._meta.verbose_name},
                lambda: _create_home(spec, home_model),
            )
            site = run.step(
                _("Create the site %(hostname)s:%(port)s “%(site)s”")
                % {"hostname": spec.hostname, "port": spec.port, "site": spec.site_name},
                lambda: Site.objects.create(
                    hostname=spec.hostname,
                    port=spec.port,
                    site_name=spec.site_name,
                    root_page=home,
                ),
            )
        for model in standard_sections(home_model):
            if home is None or not model.objects.child_of(home).exists():
                run.step(
                    _("Create the section “%(title)s”") % {"title": model.section_title},
                    lambda model=model: _create_section(home, model),
                )

        missing = _ensure_settings(site, spec)
        if missing:

            def save_settings():
                portal_settings, _created = EmulationSettings.objects.get_or_create(site=site)
                for name, value in missing.items():
                    setattr(portal_settings, name, value)
                portal_settings.save()

            run.step(
                _("Fill in the portal settings: agency “%(agency)s”")
                % {"agency": missing.get("agency_name") or spec.agency_name or spec.site_name},
                save_settings,
            )

        root_collection = Collection.get_first_root_node()
        collection = root_collection.get_children().filter(name=spec.site_name).first()
        if collection is None:
            collection = run.step(
                _("Create the collection “%(name)s” for its images and documents")
                % {"name": spec.site_name},
                lambda: root_collection.add_child(name=spec.site_name),
            )

        group = Group.objects.filter(name=spec.group_name).first()
        if group is None:
            group = run.step(
                _("Create the group “%(group)s”") % {"group": spec.group_name},
                lambda: Group.objects.create(name=spec.group_name),
            )
        access_admin = Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
        if group is None or not group.permissions.filter(pk=access_admin.pk).exists():
            run.step(
                _("Let the group log in to the admin"),
                lambda: group.permissions.add(access_admin),
            )
        page_permissions = _page_permissions(group, home)
        if page_permissions:
            run.step(
                _("Let the group add, edit and publish the pages of “%(site)s” (only those)")
                % {"site": spec.site_name},
                lambda: GroupPagePermission.objects.bulk_create(
                    GroupPagePermission(group=group, page=home, permission=permission)
                    for permission in page_permissions
                ),
            )
        collection_permissions = _collection_permissions(group, collection)
        if collection_permissions:
            run.step(
                _("Let the group add and choose images and documents in “%(name)s”")
                % {"name": spec.site_name},
                lambda: GroupCollectionPermission.objects.bulk_create(
                    GroupCollectionPermission(
                        group=group, collection=collection, permission=permission
                    )
                    for permission in collection_permissions
                ),
            )
        for username in spec.editors:
            _join_editor(run, group, username)
    return run.steps


def _join_editor(run, group, username):
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.get(username=username)
    if group is None or not user.groups.filter(pk=group.pk).exists():
        run.step(
            _("Add %(user)s to the group") % {"user": username},
            lambda: user.groups.add(group),
        )
    language = _admin_language()
    profile = UserProfile.objects.filter(user=user).first()
    if language and not (profile and profile.preferred_language):

        def set_language():
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save(update_fields=["preferred_language"])

        run.step(_("Show the admin in Vietnamese to %(user)s") % {"user": username}, set_language)
