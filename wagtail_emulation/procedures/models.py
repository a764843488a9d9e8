"""Administrative procedures (thủ tục hành chính): fields, the catalogue page, one page each.

Each procedure is a page (:class:`ProcedurePage`) under a catalogue (:class:`ProcedureIndexPage`),
as legal documents are: it has its own address, revisions and moderation, and the site search
indexes it from its ``search_fields`` like any page. Fields (lĩnh vực) are a snippet list
editors change. The result of the last link check (``check_procedure_links``) lives in its own
table, out of the page's revisions, so a later publication never brings back an old result.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page
from wagtail.search import index

from ..content.metadata import page_description
from ..content.pages import ContentIndexPage
from ..content.routes import serve_route
from ..content.structured_data import StructuredPageMixin
from ..languages import english_enabled
from ..locale_vi import vn_slugify
from ..models import VietnameseSlugMixin
from ..sites import PageScope
from .admin_forms import ProcedurePageForm
from .codes import CODE_PATTERN, code_key, search_key
from .conf import app_settings


class ProcedureLevel(models.TextChoices):
    """Who settles it: since 1 July 2025 local government has two levels (no district)."""

    PROVINCE = "province", _("Province")
    COMMUNE = "commune", _("Commune")


class ProcedureField(models.Model):
    """Lĩnh vực: Hộ tịch, Lý lịch tư pháp, Chứng thực…"""

    name = models.CharField(_("name"), max_length=255, unique=True)
    sort_order = models.IntegerField(
        _("order"), default=0, help_text=_("Lists show lower numbers first.")
    )

    panels = [FieldPanel("name"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("procedure field")
        verbose_name_plural = _("procedure fields")

    def __str__(self):
        return self.name


class ProcedureIndexPage(ContentIndexPage):
    """The catalogue: a filter form (words, field, level) and the procedures, paged."""

    section_title = pgettext_lazy("standard section", "Administrative procedures")

    subpage_types = ["wagtail_emulation_procedures.ProcedurePage"]
    template = "wagtail_emulation/procedures/index_page.html"
    filter_form = "wagtail_emulation.procedures.forms.ProcedureFilterForm"
    listing_order = ("code_key", "pk")

    class Meta:
        verbose_name = _("procedure catalogue")
        verbose_name_plural = _("procedure catalogues")

    def catalogue(self):
        """The catalogue whose procedures are listed: this one, or for a translation (the
        English catalogue) its source, since procedures are Vietnamese records kept once."""
        if not english_enabled():
            return self
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        return self.get_translation_or_none(default) or self

    def listed_pages(self):
        return (
            ProcedurePage.objects.child_of(self.catalogue())
            .live()
            .public()
            .select_related("field")
            .order_by(*self.listing_order)
        )

    def listing_context(self, request, pages, **sub_list):
        return serve_route(
            "wagtail_emulation.procedures.listing.catalogue_context",
            self,
            request,
            pages,
            **sub_list,
        )


class ProcedurePage(StructuredPageMixin, VietnameseSlugMixin, Page):
    """One procedure, as the national database describes it, with its online-service links."""

    shows_reader_feedback = False

    code = models.CharField(
        _("procedure code"),
        max_length=60,
        help_text=_("As the national database writes it, e.g. 1.001234.000.00.00.H13."),
    )
    code_key = models.CharField(max_length=60, editable=False, db_index=True, default="")
    level = models.CharField(
        _("level"), max_length=10, choices=ProcedureLevel.choices, default=ProcedureLevel.PROVINCE
    )
    field = models.ForeignKey(
        ProcedureField, verbose_name=_("field"), on_delete=models.PROTECT, related_name="+"
    )
    agency = models.CharField(
        _("implementing agency"), max_length=255, help_text=_("e.g. Sở Tư pháp.")
    )
    processing_time = models.CharField(
        _("processing time"),
        max_length=255,
        blank=True,
        help_text=_("As the procedure states it, e.g. “03 ngày làm việc”."),
    )
    working_days = models.PositiveSmallIntegerField(
        _("working days"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(3650)],
        help_text=_("The processing time in working days, when it is a number of days."),
    )
    fees = models.CharField(
        _("fees and charges"),
        max_length=500,
        blank=True,
        help_text=_("e.g. “200.000 đồng/lần” or “Không”."),
    )
    documents_required = RichTextField(
        _("documents required"),
        blank=True,
        features=["bold", "italic", "ol", "ul", "link"],
    )
    result = models.TextField(_("result"), blank=True)
    legal_basis = models.TextField(_("legal basis"), blank=True)
    national_url = models.URLField(
        _("national portal address"),
        max_length=500,
        blank=True,
        help_text=_("Empty: made from the code and the portal address in the settings."),
    )
    provincial_url = models.URLField(
        _("provincial portal address"),
        max_length=500,
        blank=True,
        help_text=_("Empty: made from the code and the portal address in the settings."),
    )
    search_text = models.TextField(editable=False, default="")

    parent_page_types = ["wagtail_emulation_procedures.ProcedureIndexPage"]
    subpage_types = []
    template = "wagtail_emulation/procedures/procedure_page.html"

    search_fields = [
        *Page.search_fields,
        index.SearchField("code", boost=3),
        index.AutocompleteField("code"),
        index.SearchField("agency"),
        index.SearchField("result"),
        index.RelatedFields("field", [index.SearchField("name", boost=2)]),
        index.FilterField("level"),
        index.FilterField("field"),
    ]

    content_panels = [
        FieldPanel("title", heading=_("Name of the procedure")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("code"), FieldPanel("level")]),
                FieldRowPanel([FieldPanel("field"), FieldPanel("agency")]),
                FieldRowPanel([FieldPanel("processing_time"), FieldPanel("working_days")]),
                FieldPanel("fees"),
            ],
            heading=_("Procedure"),
        ),
        FieldPanel("documents_required"),
        FieldPanel("result"),
        FieldPanel("legal_basis"),
        MultiFieldPanel(
            [FieldPanel("national_url"), FieldPanel("provincial_url")],
            heading=_("Online service"),
        ),
    ]

    base_form_class = ProcedurePageForm

    class Meta:
        verbose_name = _("administrative procedure")
        verbose_name_plural = _("administrative procedures")
        indexes = [
            models.Index(fields=["field", "code_key"], name="procedure_field_code"),
            models.Index(fields=["level", "code_key"], name="procedure_level_code"),
        ]

    def __str__(self):
        return self.title

    def fill_derived_fields(self):
        self.code = code_key(self.code)
        self.code_key = self.code
        self.search_text = search_key(f"{self.title} {self.code}")

    def full_clean(self, *args, **kwargs):
        self.fill_derived_fields()
        if not self.slug and self.code and self.path:
            self.slug = self.available_slug(vn_slugify(self.code.replace(".", "-")))
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.fill_derived_fields()
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.code and not CODE_PATTERN.match(self.code):
            raise ValidationError(
                {
                    "code": _(
                        "Write the code as the national database does: letters and digits "
                        "separated by dots, e.g. 1.001234.000.00.00.H13."
                    )
                }
            )
        if self.code and self.path:
            siblings = ProcedurePage.objects.sibling_of(self).filter(code_key=code_key(self.code))
            if self.pk:
                siblings = siblings.exclude(pk=self.pk)
            if siblings.exists():
                raise ValidationError(
                    {"code": _("This catalogue already has a procedure with this code.")}
                )

    # Online-service links: written from the settings, never fetched while rendering.
    def online_links(self):
        """``[(label, address)]`` of the procedure on the public-service portals."""
        links = []
        for label, own, template in (
            (_("National public-service portal"), self.national_url, _national_template()),
            (_("Provincial public-service portal"), self.provincial_url, _provincial_template()),
        ):
            address = own or (template.replace("{code}", self.code) if template else "")
            if address:
                links.append((label, address))
        return links

    def meta_description(self):
        return page_description(
            self.search_description, f"{self.code} · {self.agency} · {self.result}"
        )

    def social_description(self):
        return self.meta_description()

    def schema_entity(self, shown):
        entity = {
            "@type": "GovernmentService",
            "name": self.title,
            "url": shown.url,
            "identifier": self.code,
            "serviceType": self.field.name,
            "inLanguage": self.locale.language_code,
            "provider": {"@type": "GovernmentOrganization", "name": self.agency},
            "description": shown.description,
        }
        channels = [
            {"@type": "ServiceChannel", "name": str(label), "serviceUrl": address}
            for label, address in self.online_links()
        ]
        if channels:
            entity["availableChannel"] = channels
        return {key: value for key, value in entity.items() if value}


def _national_template():
    return app_settings.PROCEDURES_NATIONAL_PORTAL_URL or ""


def _provincial_template():
    return app_settings.PROCEDURES_PROVINCIAL_PORTAL_URL or ""


class LinkCheck(models.Model):
    """The last check of one online-service address of a procedure."""

    page = models.ForeignKey(
        ProcedurePage,
        verbose_name=_("administrative procedure"),
        on_delete=models.CASCADE,
        related_name="link_checks",
    )
    url = models.URLField(_("address"), max_length=500)
    ok = models.BooleanField(_("works"), default=False)
    status_code = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    problem = models.CharField(_("problem"), max_length=255, blank=True)
    checked_at = models.DateTimeField(_("checked at"))

    #: How a row knows its site: admin lists keep each editor to theirs (core `sites`).
    site_scope = PageScope("page")

    class Meta:
        verbose_name = _("link check")
        verbose_name_plural = _("link checks")
        constraints = [
            models.UniqueConstraint(fields=["page", "url"], name="procedure_link_check_once")
        ]
        indexes = [models.Index(fields=["ok", "checked_at"], name="procedure_link_ok")]

    def __str__(self):
        return self.url
