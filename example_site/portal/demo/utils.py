from wagtail.rich_text import RichText  # noqa: F401  (re-exported for builders' StreamFields)


def ensure_child(parent, model, slug, **fields):
    """The child of ``parent`` with ``slug``, created and published only if it is missing.

    An existing page is returned as it is: editors may have changed it since, and a second
    demo load must not overwrite their work.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def paragraphs(*texts):
    """Rich text HTML from plain paragraphs."""
    from django.utils.html import escape

    return "".join(f"<p>{escape(text)}</p>" for text in texts)
