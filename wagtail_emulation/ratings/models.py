"""Star ratings: one row per reader and page, one summary row per page, and the site setting."""

import swapper
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from ..feedback.switches import PageTypesField
from ..sites import PageScope

PAGE_MODEL = swapper.get_model_name("wagtailcore", "Page")
MIN_SCORE, MAX_SCORE = 1, 5
SCORES = range(MIN_SCORE, MAX_SCORE + 1)


@register_setting(icon="pick")
class RatingSettings(BaseSiteSetting):
    off_page_types = PageTypesField(
        _("page types without star ratings"),
        default=list,
        blank=True,
        help_text=_(
            "Pages of the ticked types show no rating stars. Any other page whose template "
            "shows them can be rated, unless the page switches its own ratings off in its "
            "settings tab."
        ),
    )

    class Meta:
        verbose_name = _("Star ratings")
        verbose_name_plural = _("Star ratings")


class Rating(models.Model):
    """One reader's score for one page; voting again changes ``score``.

    A reader is told apart by ``browser_key`` (keyed hash of our random cookie) or, for a vote
    cast by a client that sent no cookie at all, also by ``network_key`` (keyed hash of IP +
    User-Agent); see :mod:`wagtail_emulation.ratings.identity`. Neither can be turned back into
    an address or a cookie value.
    """

    page = models.ForeignKey(
        PAGE_MODEL,
        on_delete=models.CASCADE,
        related_name="emulation_ratings",
        verbose_name=_("page"),
    )
    browser_key = models.CharField(max_length=64)
    # NULL, not "", for votes cast with a cookie: NULLs never collide in the unique constraint.
    network_key = models.CharField(max_length=64, null=True, blank=True)  # noqa: DJ001
    score = models.PositiveSmallIntegerField(
        _("score"), validators=[MinValueValidator(MIN_SCORE), MaxValueValidator(MAX_SCORE)]
    )
    created_at = models.DateTimeField(_("first rated at"), auto_now_add=True)
    voted_at = models.DateTimeField(_("rated at"), auto_now=True, db_index=True)

    #: How a row knows its site: admin lists keep each editor to theirs (core `sites`).
    site_scope = PageScope("page")

    class Meta:
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")
        constraints = [
            models.UniqueConstraint(fields=["page", "browser_key"], name="rating_one_per_browser"),
            models.UniqueConstraint(fields=["page", "network_key"], name="rating_one_per_network"),
            models.CheckConstraint(
                condition=models.Q(score__gte=MIN_SCORE, score__lte=MAX_SCORE),
                name="rating_score_in_range",
            ),
        ]

    def __str__(self):
        return f"{self.page_id}: {self.score}"


class RatingSummary(models.Model):
    """The figures of one page, kept exact by :func:`wagtail_emulation.ratings.votes.cast_vote`.

    Reading one row is what lets the widget render in a fixed, small number of queries however
    many votes a page has.
    """

    page = models.OneToOneField(
        PAGE_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="emulation_rating_summary",
        verbose_name=_("page"),
    )
    count = models.PositiveIntegerField(_("number of ratings"), default=0)
    total = models.PositiveIntegerField(_("sum of scores"), default=0)
    stars_1 = models.PositiveIntegerField(default=0)
    stars_2 = models.PositiveIntegerField(default=0)
    stars_3 = models.PositiveIntegerField(default=0)
    stars_4 = models.PositiveIntegerField(default=0)
    stars_5 = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    #: How a row knows its site: admin lists keep each editor to theirs (core `sites`).
    site_scope = PageScope("page")

    class Meta:
        verbose_name = _("rating summary")
        verbose_name_plural = _("rating summaries")

    def __str__(self):
        return f"{self.page_id}: {self.count}"

    @property
    def average(self):
        return self.total / self.count if self.count else 0.0

    def histogram(self):
        """``[(score, votes), …]`` from 5 stars down to 1."""
        return [(score, getattr(self, f"stars_{score}")) for score in reversed(SCORES)]

    @staticmethod
    def star_field(score):
        return f"stars_{score}"
