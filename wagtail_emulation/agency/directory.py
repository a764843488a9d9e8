"""Who is who in one agency: its unit tree and its people in post, read in a fixed number of
queries whatever their count (the tree, the people, their portraits)."""

from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Q

from ..organisation import unit_tree
from .people import Person


@dataclass
class ChartEntry:
    """A unit as the organisation chart draws it: with its heads and its own units."""

    unit: object
    heads: list
    children: list = field(default_factory=list)


class AgencyDirectory:
    def __init__(self, agency, agency_id=None):
        """``agency`` may be lazy (a page's foreign key, read only when its fields are shown)
        when ``agency_id`` is given."""
        self.agency = agency
        self.agency_id = agency.pk if agency_id is None and agency is not None else agency_id

    @cached_property
    def root(self):
        """The agency's node in the tree of current units (``None`` if it is not current)."""
        if self.agency_id is None:
            return None
        nodes = (node for root in unit_tree() for node in root)
        return next((node for node in nodes if node.unit.pk == self.agency_id), None)

    @cached_property
    def nodes(self):
        """Every current unit of the agency, the agency first, depth first."""
        return list(self.root) if self.root else []

    @cached_property
    def units_by_slug(self):
        return {node.unit.slug: node for node in self.nodes}

    @cached_property
    def units_by_pk(self):
        return {node.unit.pk: node.unit for node in self.nodes}

    @cached_property
    def people(self):
        """The people the pages show: heads and deputies, the spokesperson, the focal
        official (other staff appear nowhere, so they are not read)."""
        ids = [node.unit.pk for node in self.nodes]
        shown = (
            Q(rank__in=[Person.Rank.HEAD, Person.Rank.DEPUTY])
            | Q(is_spokesperson=True)
            | Q(is_focal_official=True)
        )
        return list(Person.objects.current().filter(shown, unit_id__in=ids).for_pages())

    def heads_of(self, unit):
        return [p for p in self.people if p.unit_id == unit.pk and p.rank == Person.Rank.HEAD]

    def deputies_of(self, unit):
        return [p for p in self.people if p.unit_id == unit.pk and p.rank == Person.Rank.DEPUTY]

    @cached_property
    def heads_by_unit(self):
        heads = {}
        for person in self.people:
            if person.rank == Person.Rank.HEAD:
                heads.setdefault(person.unit_id, []).append(person)
        return heads

    @cached_property
    def leaders(self):
        """The agency's head, then its deputies."""
        ranks = (Person.Rank.HEAD, Person.Rank.DEPUTY)
        return [p for p in self.people if p.unit_id == self.agency_id and p.rank in ranks]

    @cached_property
    def spokespeople(self):
        return [person for person in self.people if person.is_spokesperson]

    @cached_property
    def focal_officials(self):
        return [person for person in self.people if person.is_focal_official]

    @cached_property
    def chart(self):
        """The agency's units (not the agency itself), nested, each with its heads."""

        def entry(node):
            heads = self.heads_by_unit.get(node.unit.pk, [])
            return ChartEntry(node.unit, heads, [entry(child) for child in node.children])

        return [entry(child) for child in self.root.children] if self.root else []
