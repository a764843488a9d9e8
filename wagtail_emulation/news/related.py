"""Choosing "Tin liên quan" for a page in a fixed, small number of queries.

Order: the editor's picks (in their order), then the articles sharing the most tags with the
page (ties: newest first), then the newest articles of the same section. Only live, public
news articles of the page's own site, never the page itself, at most ``limit``. Each step is
one query whatever the number of pages or tags, plus one to learn which sections are
private.
"""

from django.db.models import Count

from ..sites import for_site, page_site
from .models import NewsPage, NewsPageTag, NewsRelatedPick


def related_news(page, limit):
    if limit <= 0:
        return []
    candidates = NewsPage.objects.live().public().exclude(pk=page.pk)
    site = page_site(page)
    if site is not None:  # tags are shared by the install; another site's news are not
        candidates = for_site(candidates, site)
    chosen = []

    def take(queryset):
        found = list(queryset.exclude(pk__in=[item.pk for item in chosen])[: limit - len(chosen)])
        chosen.extend(found)

    # A page never saved (the preview of a new article) has no picks or tags to query yet.
    if isinstance(page, NewsPage) and page.pk is not None:
        picks = (
            NewsRelatedPick.objects.filter(page=page, target__in=candidates)
            .select_related("target")
            .order_by("sort_order", "pk")
        )
        for pick in picks:  # an article picked twice is shown once, at its first place
            if len(chosen) < limit and pick.target not in chosen:
                chosen.append(pick.target)
        if len(chosen) < limit:
            page_tags = NewsPageTag.objects.filter(content_object=page).values("tag_id")
            take(
                candidates.filter(tagged_items__tag__in=page_tags)
                .annotate(shared_tags=Count("tagged_items"))
                .order_by("-shared_tags", "-first_published_at", "-pk")
            )
    if len(chosen) < limit and page.depth and page.depth > 1:
        siblings = candidates.filter(path__startswith=page.path[: -page.steplen], depth=page.depth)
        take(siblings.order_by("-first_published_at", "-pk"))
    return chosen
