"""Site-wide settings editors change in the admin, the page mixin for Vietnamese slugs, the
calendar's exceptions and (from :mod:`.organisation`) the unit tree."""

from itertools import chain, count

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from .conf import emulation_settings
from .locale_vi import vn_slugify
from .organisation import Unit  # noqa: F401 - the organisation tree is one of the core's models
from .spreadsheets.models import ImportJob  # noqa: F401 - the core's import jobs live there


@register_setting(icon="link")
class EmulationSettings(ClusterableModel, BaseSiteSetting):
    """What editors of one site change: the agency behind the portal (footer, the publisher of
    every article in structured data) and the "Liên kết website" list."""

    # The agency in charge, as a Vietnamese portal's footer names it (the "cơ quan chủ quản"
    # lines). Every field is optional: an empty one is left out where it would show.
    agency_name = models.CharField(
        _("agency name"),
        max_length=200,
        blank=True,
        help_text=_("The department that runs the portal. Empty: the site name."),
    )
    parent_agency = models.CharField(
        _("parent agency"),
        max_length=200,
        blank=True,
        help_text=_("Shown above the agency name, e.g. the province's People's Committee."),
    )
    person_responsible = models.CharField(
        _("person responsible"),
        max_length=200,
        blank=True,
        help_text=_("Name and title of the person responsible for the portal's content."),
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    phone = models.CharField(_("phone"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    licence = models.CharField(
        _("licence"),
        max_length=300,
        blank=True,
        help_text=_("The portal's licence: number, date and issuing body."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    website_links_title = models.CharField(
        _("website links heading"),
        max_length=100,
        blank=True,
        help_text=_('Shown above the links box. Empty: "Website links".'),
    )

    # The provincial portal (issue 26): sharing is a choice on both sides.
    share_with_province = models.BooleanField(
        _("share content with the provincial portal"),
        default=False,
        help_text=_(
            "The provincial portal may list this site's news and documents beside its own, "
            "naming and linking this site."
        ),
    )
    show_shared_content = models.BooleanField(
        _("show the departments' shared content"),
        default=False,
        help_text=_(
            "For a provincial portal: its news and document listings also show what department "
            "sites share, and its search can cover the whole province."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("parent_agency"),
                FieldPanel("agency_name"),
                FieldPanel("logo"),
                FieldPanel("person_responsible"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("licence"),
            ],
            heading=_("Agency in charge"),
        ),
        FieldPanel("website_links_title"),
        InlinePanel("website_links", heading=_("Website links")),
        MultiFieldPanel(
            [FieldPanel("share_with_province"), FieldPanel("show_shared_content")],
            heading=_("Province"),
        ),
    ]

    def agency_display_name(self):
        """The agency's name, or the site's when editors left it empty."""
        return self.agency_name or (self.site.site_name if self.site_id else "")

    class Meta:
        verbose_name = _("Portal settings")
        verbose_name_plural = _("Portal settings")


class WebsiteLink(Orderable):
    """One entry of the "Liên kết website" box: a name and where it goes."""

    settings = ParentalKey(
        EmulationSettings, on_delete=models.CASCADE, related_name="website_links"
    )
    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("address"), max_length=500)

    panels = [FieldPanel("name"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("website link")
        verbose_name_plural = _("website links")

    def __str__(self):
        return self.name


class VietnameseSlugMixin:
    """Give a page without a slug an ASCII one from its Vietnamese title.

    Wagtail slugifies titles with Django's ``slugify``, which keeps Vietnamese letters as they
    are (Unicode slugs) or, with ``WAGTAIL_ALLOW_UNICODE_SLUGS = False``, drops "đ" and every
    letter it cannot decompose. We transliterate first and number a taken slug as Wagtail
    numbers its own ("-2", "-3"…).
    """

    def full_clean(self, *args, **kwargs):
        # Only a page placed in the tree (``add_child`` sets its path) knows its siblings;
        # Wagtail makes its own slug at that point too.
        if emulation_settings.ASCII_SLUGS and not self.slug and self.title and self.path:
            base_slug = vn_slugify(self.title)
            if base_slug:
                self.slug = self.available_slug(base_slug)
        super().full_clean(*args, **kwargs)

    def available_slug(self, base_slug):
        """``base_slug``, or the first of ``base_slug-2``, ``base_slug-3``… no sibling has."""
        siblings = self.get_parent().get_children()
        if self.pk:
            siblings = siblings.not_page(self)
        taken = set(siblings.filter(slug__startswith=base_slug).values_list("slug", flat=True))
        numbered = (f"{base_slug}-{number}" for number in count(2))
        return next(slug for slug in chain([base_slug], numbered) if slug not in taken)


class CalendarException(models.Model):
    """A day the public-holiday calendar does not know: an extra day off (a bridge day the
    government or the province decided) or a compensatory working day on a weekend. Every
    deadline of the package counts with these (:mod:`wagtail_emulation.working_days`)."""

    class Kind(models.TextChoices):
        DAY_OFF = "day_off", _("Extra day off")
        WORKING_DAY = "working_day", _("Compensatory working day")

    day = models.DateField(_("date"), unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.DAY_OFF)
    note = models.CharField(
        _("note"),
        max_length=255,
        blank=True,
        help_text=_("Why, e.g. the decision that moved the day."),
    )

    panels = [FieldRowPanel([FieldPanel("day"), FieldPanel("kind")]), FieldPanel("note")]

    class Meta:
        ordering = ["-day"]
        verbose_name = _("day off or working day")
        verbose_name_plural = _("days off and working days")

    def __str__(self):
        return f"{self.day:%d/%m/%Y} – {self.get_kind_display()}"
