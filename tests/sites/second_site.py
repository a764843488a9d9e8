"""A second department site beside the default one, with an editor kept to it: the small
set-up of tests that need just two sites (tests/sites/builders.py builds the full three)."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page, Site


def department_with_editor(user_model, codenames):
    """``(department site, editor)``: the editor's group holds ``codenames`` and page
    permissions on the department's home only."""
    home = Page.get_first_root_node().add_child(instance=Page(title="Sở Nội vụ", slug="so-noi-vu"))
    department = Site.objects.create(hostname="sonoivu.localhost", root_page=home)
    group = Group.objects.create(name="Biên tập viên Sở Nội vụ")
    group.permissions.add(*Permission.objects.filter(codename__in=["access_admin", *codenames]))
    GroupPagePermission.objects.create(
        group=group,
        page=home,
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename="change_page"
        ),
    )
    editor = user_model.objects.create_user("noivu", password="x")
    editor.groups.add(group)
    return department, editor
