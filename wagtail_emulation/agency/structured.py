"""The agency as schema.org data: a ``GovernmentOrganization`` with its units
(``department``), its leaders (``member``) and whom to contact (``contactPoint``)."""

from django.utils.translation import gettext as _


def _contacts(node, thing):
    for name, value in (
        ("address", node.address),
        ("telephone", node.phone),
        ("email", node.email),
    ):
        if value:
            thing[name] = value
    return thing


def person_entity(person):
    entity = {"@type": "Person", "name": person.full_name, "jobTitle": person.shown_position}
    if person.phone:
        entity["telephone"] = person.phone
    if person.email:
        entity["email"] = person.email
    return entity


def _unit_entity(node, unit_url):
    unit = node.unit
    entity = _contacts(unit, {"@type": "GovernmentOrganization", "name": unit.shown_name})
    if unit_url:
        entity["url"] = unit_url(unit)
    if node.children:
        entity["department"] = [_unit_entity(child, unit_url) for child in node.children]
    return entity


def _contact_point(person, contact_type):
    point = {"@type": "ContactPoint", "contactType": contact_type, "name": person.full_name}
    if person.phone:
        point["telephone"] = person.phone
    if person.email:
        point["email"] = person.email
    return point


def organization_entity(directory, url, unit_url=None):
    """The agency of ``directory`` at ``url``; ``unit_url(unit)`` gives a unit's page."""
    agency = directory.agency
    entity = _contacts(agency, {"@type": "GovernmentOrganization", "name": agency.shown_name})
    entity["url"] = url
    if directory.root and directory.root.children:
        entity["department"] = [_unit_entity(child, unit_url) for child in directory.root.children]
    if directory.leaders:
        entity["member"] = [person_entity(person) for person in directory.leaders]
    points = [_contact_point(person, _("Spokesperson")) for person in directory.spokespeople]
    points += [
        _contact_point(person, _("Focal official of the portal"))
        for person in directory.focal_officials
    ]
    if points:
        entity["contactPoint"] = points
    return entity
