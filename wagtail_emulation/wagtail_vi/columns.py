"""Listing headers that Wagtail makes from a field's name, made from its verbose name.

A Wagtail ``Column`` without a label gets ``capfirst(name.replace("_", " "))``, an English
string no catalogue can translate: the Sites listing shows "Port", "Site name" and "Root
page" in every language. Their fields' verbose names are translated, so those head the
columns instead.
"""

from django.utils.text import capfirst


def label_columns_from_fields(columns, model):
    """Give each column whose label Wagtail made from its name the field's verbose name."""
    for column in columns:
        if column.label != capfirst(column.name.replace("_", " ")):
            continue
        try:
            field = model._meta.get_field(column.name)
        except Exception:  # noqa: S112 - a column of a method or annotation keeps its label
            continue
        column.label = capfirst(field.verbose_name)


def label_wagtail_listings():
    from wagtail.models import Site
    from wagtail.sites.views import IndexView as SiteIndexView

    label_columns_from_fields(SiteIndexView.columns, Site)
