"""The organisation tree every sub-app shares: units (đơn vị) nested under one another.

Commendations assigns registrations and recipients to units, questions and consultations
route to them, the agency sub-app draws them. Vietnam's local government has two levels since
1 July 2025 (province and commune): a district-level unit can only be kept as a record of
the past, never as a current unit.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from .languages import in_active_language
from .locale_vi import vn_slugify
from .sites import user_sites


class UnitQuerySet(models.QuerySet):
    def current(self):
        """Units that exist today (not dissolved, not merged away)."""
        return self.filter(is_current=True)


def unit_sites():
    """``{unit id: site id or None}``: each unit has its top unit's site (one query)."""
    rows = {
        pk: (parent_id, site_id)
        for pk, parent_id, site_id in Unit.objects.values_list("pk", "parent_id", "site_id")
    }
    found = {}

    def site_of(pk):
        path = []
        while pk not in found:
            parent_id, site_id = rows[pk]
            path.append(pk)
            if parent_id is None or parent_id in path:
                found[pk] = site_id  # a top unit (or a loop an old edit left)
                break
            pk = parent_id
        for unit_id in path:
            found[unit_id] = found[pk]
        return found[pk]

    return {pk: site_of(pk) for pk in rows}


class UnitScope:
    """The :mod:`.sites` scope of units (``lookup`` "") or of rows pointing at a unit: a
    unit belongs to its top unit's site; a top unit without a site is shared by all."""

    def __init__(self, lookup=""):
        self.field = f"{lookup}__in" if lookup else "pk__in"

    def _ids(self, site_ids):
        wanted = {None, *site_ids}
        return [pk for pk, site_id in unit_sites().items() if site_id in wanted]

    def filter(self, queryset, user):
        return queryset.filter(**{self.field: self._ids(user_sites(user).site_ids)})

    def for_site(self, queryset, site):
        return queryset.filter(**{self.field: self._ids([site.pk])})


class UnitForm(WagtailAdminModelForm):
    """The editor offers a past kind (the district level) only to a unit that has it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        kind = self.fields.get("kind")
        if kind is not None and self.instance.kind not in Unit.HISTORICAL_KINDS:
            kind.choices = [
                choice for choice in kind.choices if choice[0] not in Unit.HISTORICAL_KINDS
            ]


class Unit(index.Indexed, models.Model):
    """An agency, an office, a division or a public service unit; units nest."""

    class Kind(models.TextChoices):
        AGENCY = "agency", _("Agency")
        OFFICE = "office", _("Office")
        INSPECTORATE = "inspectorate", _("Inspectorate")
        DIVISION = "division", _("Specialised division")
        PUBLIC_SERVICE = "public_service", _("Public service unit")
        PROVINCE = "province", _("Provincial level")
        COMMUNE = "commune", _("Commune level")
        DISTRICT = "district", _("District level (abolished on 1 July 2025)")
        OTHER = "other", _("Other")

    #: Kinds only a past unit may have: the district level was abolished.
    HISTORICAL_KINDS = frozenset({Kind.DISTRICT})

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(
        _("short name"),
        max_length=100,
        blank=True,
        help_text=_("How imports and tables may name it, e.g. “Phòng HCTP”."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        blank=True,
        help_text=_("The unit's address on public pages. Empty: made from the name."),
    )
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("belongs to"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "For a top unit only: the site whose agency it is; the units under it belong "
            "to the same site. Empty: shared by every site of the install."
        ),
    )
    is_current = models.BooleanField(
        _("current"),
        default=True,
        help_text=_(
            "Untick for a unit that was dissolved or merged: it stays in past records "
            "and leaves every current list."
        ),
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    functions = RichTextField(
        _("functions and duties"),
        blank=True,
        features=["bold", "italic", "ol", "ul", "link", "document-link"],
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)
    # The English version (docs/how-to/english.md): fields of the same unit, not a translated
    # copy, so every record assigned to the unit (commendations, questions, drafts) stays one.
    name_en = models.CharField(
        _("name in English"),
        max_length=255,
        blank=True,
        help_text=_("Shown on English pages. Empty: the Vietnamese name."),
    )
    functions_en = RichTextField(
        _("functions and duties in English"),
        blank=True,
        features=["bold", "italic", "ol", "ul", "link", "document-link"],
        help_text=_("Shown on English pages. Empty: the Vietnamese text."),
    )

    objects = UnitQuerySet.as_manager()
    base_form_class = UnitForm
    site_scope = UnitScope()

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("short_name")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("parent")]),
        FieldPanel("site"),
        FieldRowPanel([FieldPanel("is_current"), FieldPanel("sort_order")]),
        MultiFieldPanel(
            [FieldPanel("address"), FieldRowPanel([FieldPanel("phone"), FieldPanel("email")])],
            heading=_("Contacts"),
        ),
        FieldPanel("functions"),
        MultiFieldPanel(
            [FieldPanel("name_en"), FieldPanel("functions_en")], heading=_("English version")
        ),
        FieldPanel("slug"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("short_name"),
        index.FilterField("is_current"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.available_slug(vn_slugify(self.name)[:110] or "don-vi")
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.is_current and self.kind in self.HISTORICAL_KINDS:
            raise ValidationError(
                {
                    "kind": _(
                        "Local government has had two levels (province, commune) since "
                        "1 July 2025: a district-level unit can only be a past one."
                    )
                }
            )
        ancestor, seen = self.parent, set()
        while ancestor is not None:
            if (self.pk and ancestor.pk == self.pk) or ancestor.pk in seen:
                raise ValidationError(
                    {"parent": _("A unit cannot belong to itself or to one of its own units.")}
                )
            seen.add(ancestor.pk)
            ancestor = ancestor.parent
        if self.parent_id and self.site_id:
            raise ValidationError(
                {"site": _("Only a top unit has a site: this one belongs to its parent's.")}
            )

    @property
    def shown_name(self):
        """The name in the language of the page (English when given)."""
        return in_active_language(self, "name")

    @property
    def shown_functions(self):
        return in_active_language(self, "functions")

    def available_slug(self, base_slug):
        taken = set(
            Unit.objects.filter(slug__startswith=base_slug)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        slug, number = base_slug, 1
        while slug in taken:
            number += 1
            slug = f"{base_slug}-{number}"
        return slug

    @classmethod
    def with_descendants(cls, unit_id):
        """``unit_id`` and the ids of every unit nested under it (units are few: one query)."""
        children = {}
        for pk, parent_id in cls.objects.values_list("pk", "parent_id"):
            children.setdefault(parent_id, []).append(pk)
        found, queue = [], [unit_id]
        while queue:
            current = queue.pop()
            found.append(current)
            queue.extend(children.get(current, []))
        return found


class UnitNode:
    """A unit and its nested units, as :func:`unit_tree` builds them."""

    __slots__ = ("unit", "children", "depth")

    def __init__(self, unit, depth):
        self.unit, self.children, self.depth = unit, [], depth

    def __iter__(self):
        """The node and every node under it, depth first (in the tree's order)."""
        yield self
        for child in self.children:
            yield from child


def unit_tree(queryset=None):
    """The roots of the tree of ``queryset`` (default: current units), in one query.

    A unit whose parent is outside ``queryset`` (a past parent, another site's agency)
    becomes a root.
    """
    units = list(Unit.objects.current() if queryset is None else queryset)
    by_parent, ids = {}, {unit.pk for unit in units}
    for unit in units:
        by_parent.setdefault(unit.parent_id if unit.parent_id in ids else None, []).append(unit)

    def grow(unit, depth):
        node = UnitNode(unit, depth)
        node.children = [grow(child, depth + 1) for child in by_parent.get(unit.pk, [])]
        return node

    return [grow(unit, 0) for unit in by_parent.get(None, [])]
