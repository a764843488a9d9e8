from wagtail.fields import RichTextField
from wagtail.models import Page


class BarePage(Page):
    """The benchmark's baseline: a Wagtail page with the portal's frame and no widgets."""

    body = RichTextField(blank=True)
