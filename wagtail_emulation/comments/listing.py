"""The public list of approved comments: one query whatever the number of comments.

The page of comments, their official replies (``select_related``, one reply per comment) and
the page's approved count (a sub-select of the counter row) come back in the same query. Only
an out-of-range page number costs more (the count, then the last page).
"""

from dataclasses import dataclass

from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from .conf import app_settings
from .models import CommentCount, ReaderComment
from .moderation import approved_count

PUBLIC_FIELDS = ("pk", "page_id", "name", "body", "created_at", "official_reply__body")


@dataclass
class CommentListing:
    comments: list
    count: int
    number: int
    per_page: int

    @property
    def num_pages(self):
        return max(1, -(-self.count // self.per_page))

    @property
    def page_numbers(self):
        return range(1, self.num_pages + 1)

    @property
    def first_position(self):
        return (self.number - 1) * self.per_page + 1


def _page_of(page_id, number, per_page):
    count = CommentCount.objects.filter(page_id=OuterRef("page_id")).values("approved")[:1]
    queryset = (
        ReaderComment.objects.filter(page_id=page_id, status=ReaderComment.Status.APPROVED)
        .select_related("official_reply")
        .only(*PUBLIC_FIELDS)
        .annotate(approved_total=Coalesce(Subquery(count), Value(0)))
        .order_by("created_at", "pk")
    )
    start = (number - 1) * per_page
    return list(queryset[start : start + per_page])


def approved_listing(page_id, number=1, per_page=None):
    per_page = per_page or app_settings.COMMENTS_PER_PAGE
    number = max(1, number)
    comments = _page_of(page_id, number, per_page)
    if comments:
        return CommentListing(comments, comments[0].approved_total, number, per_page)
    if number == 1:
        return CommentListing([], 0, 1, per_page)
    # Past the last page (an old link after comments were removed): show the last page.
    listing = CommentListing([], approved_count(page_id), 1, per_page)
    if listing.count:
        listing.number = listing.num_pages
        listing.comments = _page_of(page_id, listing.number, per_page)
    return listing
