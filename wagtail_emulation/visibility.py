"""What anonymous readers may see of other pages: live pages outside every view restriction.

A page under a ``PageViewRestriction`` (login, password, groups) is private, and so is every
page below it. Whatever a public page shows of another page — a link, a title, a status
computed from it, a count — comes from pages that are live *and* public, or the private page
leaks through the public one. ``Page.objects.live().public()`` covers querysets of pages;
:func:`public_q` covers pages reached through a relation (``target__``, ``page__``), and
:func:`is_public` a page already loaded.
"""

from django.db.models import Q


def restricted_paths():
    """The tree paths of the pages that carry a view restriction (one query)."""
    from wagtail.models import PageViewRestriction

    return list(PageViewRestriction.objects.values_list("page__path", flat=True).distinct())


def public_q(prefix=""):
    """A ``Q`` keeping the pages (reached through ``prefix``, e.g. ``"target__"``) that are
    live and under no view restriction."""
    condition = Q(**{f"{prefix}live": True})
    for path in restricted_paths():
        condition &= ~Q(**{f"{prefix}path__startswith": path})
    return condition


def is_public(page):
    """True when ``page`` is live and under no view restriction (False for ``None``)."""
    if page is None or not getattr(page, "live", False):
        return False
    return not any(page.path.startswith(path) for path in restricted_paths())
