"""The agency's people: leaders, heads and deputies of units, the spokesperson and the portal's
focal official. A snippet with revisions; a person who leaves is archived, never deleted."""

from django.db import models
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import RevisionMixin
from wagtail.search import index

from ..languages import in_active_language
from ..organisation import Unit, UnitScope

# The portrait as pages show it; prepared when the person is saved (no write on render).
PORTRAIT_SPEC = "fill-240x300"


class PersonQuerySet(models.QuerySet):
    def current(self):
        """People in post today: not archived, or leaving on a later day."""
        return self.filter(Q(left_on__isnull=True) | Q(left_on__gt=timezone.localdate()))

    def for_pages(self):
        """With their unit and their portrait's rendition: no query per person."""
        portraits = get_image_model().objects.prefetch_renditions(PORTRAIT_SPEC)
        return self.select_related("unit").prefetch_related(
            Prefetch("portrait", queryset=portraits)
        )


class Person(RevisionMixin, index.Indexed, models.Model):
    class Rank(models.IntegerChoices):
        HEAD = 1, _("Head")
        DEPUTY = 2, _("Deputy head")
        STAFF = 3, _("Staff")

    full_name = models.CharField(_("full name"), max_length=200)
    position = models.CharField(
        _("position"), max_length=200, help_text=_("As the agency writes it, e.g. “Giám đốc Sở”.")
    )
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="agency_people",
        help_text=_("The agency itself for its leaders, else the unit the person works in."),
    )
    rank = models.PositiveSmallIntegerField(
        _("rank in the unit"), choices=Rank.choices, default=Rank.STAFF
    )
    areas_in_charge = models.TextField(_("areas in charge"), blank=True)
    phone = models.CharField(_("official phone"), max_length=50, blank=True)
    email = models.EmailField(_("official e-mail"), blank=True)
    biography = RichTextField(
        _("short biography"), blank=True, features=["bold", "italic", "ol", "ul", "link"]
    )
    portrait = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    portrait_consent_on = models.DateField(
        _("consent to publish the portrait recorded on"),
        null=True,
        blank=True,
        help_text=_("Empty: the portrait is never shown."),
    )
    portrait_consent_record = models.CharField(
        _("where the consent is kept"),
        max_length=255,
        blank=True,
        help_text=_("E.g. the number of the signed form in the office's files."),
    )
    is_spokesperson = models.BooleanField(
        _("spokesperson"),
        default=False,
        help_text=_("Gives statements and information to the press for the agency."),
    )
    is_focal_official = models.BooleanField(
        _("focal official of the portal"),
        default=False,
        help_text=_("The official readers and other agencies contact about the portal."),
    )
    left_on = models.DateField(
        _("left on"),
        null=True,
        blank=True,
        help_text=_("Archives the person: kept in the records, gone from every current list."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)
    # The English version (docs/how-to/english.md): fields of the same person, not a
    # translated copy, so the contacts, the portrait's consent and the archiving stay one.
    position_en = models.CharField(
        _("position in English"),
        max_length=200,
        blank=True,
        help_text=_("Shown on English pages, e.g. “Director”. Empty: the Vietnamese position."),
    )
    areas_in_charge_en = models.TextField(_("areas in charge in English"), blank=True)
    biography_en = RichTextField(
        _("short biography in English"),
        blank=True,
        features=["bold", "italic", "ol", "ul", "link"],
    )

    objects = PersonQuerySet.as_manager()
    #: A person belongs to the site of their unit (core `sites`).
    site_scope = UnitScope("unit")

    panels = [
        FieldRowPanel([FieldPanel("full_name"), FieldPanel("position")]),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("rank"), FieldPanel("sort_order")]),
        FieldPanel("areas_in_charge"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("biography"),
        MultiFieldPanel(
            [
                FieldPanel("portrait"),
                FieldRowPanel(
                    [FieldPanel("portrait_consent_on"), FieldPanel("portrait_consent_record")]
                ),
            ],
            heading=_("Portrait"),
        ),
        FieldRowPanel([FieldPanel("is_spokesperson"), FieldPanel("is_focal_official")]),
        FieldPanel("left_on"),
        MultiFieldPanel(
            [
                FieldPanel("position_en"),
                FieldPanel("areas_in_charge_en"),
                FieldPanel("biography_en"),
            ],
            heading=_("English version"),
            help_text=_("Shown on English pages; an empty field shows the Vietnamese text."),
        ),
    ]
    search_fields = [
        index.SearchField("full_name"),
        index.AutocompleteField("full_name"),
        index.SearchField("position"),
    ]

    class Meta:
        ordering = ["rank", "sort_order", "full_name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return f"{self.full_name} – {self.position}"

    @property
    def shown_position(self):
        """The position in the language of the page (English when given)."""
        return in_active_language(self, "position")

    @property
    def shown_areas_in_charge(self):
        return in_active_language(self, "areas_in_charge")

    @property
    def shown_biography(self):
        return in_active_language(self, "biography")

    def shows_portrait(self):
        """A portrait is published only with the person's recorded consent."""
        return bool(self.portrait_id and self.portrait_consent_on)

    def is_current(self):
        return self.left_on is None or self.left_on > timezone.localdate()
