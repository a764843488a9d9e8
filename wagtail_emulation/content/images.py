"""The renditions the shared templates ask for, made when a page is published.

Rendering a page never creates a rendition (that would be a database write on the read path):
each content page lists ``images_to_prepare()`` and publishing makes them.
"""

# Rendition filter specs used by the package's templates; keep the templates in step.
SOCIAL_IMAGE_SPEC = "fill-1200x630"
ARTICLE_IMAGE_SPEC = "width-800"
# The optional thumbnail of a listing item (content/listing_item.html): 16:9, twice the size it
# is shown at on a wide screen, so it stays sharp on a phone's dense display.
THUMBNAIL_SPEC = "fill-320x180"
# The agency's logo in {% agency_header %}: made when the portal settings are saved.
LOGO_SPEC = "height-80"


def prepare_published_renditions(sender, instance, **kwargs):
    """``page_published`` receiver: make the renditions the page's templates will ask for."""
    prepare = getattr(instance, "prepare_renditions", None)
    if prepare is not None:
        prepare()


def prepare_logo_rendition(sender, instance, **kwargs):
    """``post_save`` of the portal settings: make the logo's rendition the header shows."""
    if instance.logo_id:
        instance.logo.get_rendition(LOGO_SPEC)
