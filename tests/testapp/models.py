"""The page type of a host site: plain Wagtail, with the reader feedback under it."""

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HostPage(Page):
    body = RichTextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body")]
    template = "testapp/host_page.html"

    class Meta:
        # A host site names its own types in its own language.
        verbose_name = "trang của đơn vị"
