"""One tag for all reader feedback on a page: ``{% reader_feedback page %}``.

Content templates (ours and the host's) do not need to know which feedback sub-apps are
installed. Each feedback sub-app registers how it renders under a page through the
``register_reader_feedback_widget`` hook; the tags render every registered widget in order::

    from wagtail import hooks
    from wagtail_emulation.feedback.widgets import FeedbackWidget
    from wagtail_emulation.hooks import FEEDBACK_WIDGETS


    @hooks.register(FEEDBACK_WIDGETS)
    def rating_widget():
        return FeedbackWidget("rating", render_rating, order=10)

``render(context, page)`` and the optional ``head(context, page)`` (what the widget needs in
``<head>``) return HTML, or ``""`` when the feature is off for the page. Structured data goes
through the ``register_emulation_structured_data`` hook instead, into the page's one JSON-LD
document.
"""

from dataclasses import dataclass

from django.utils.safestring import mark_safe

from ..hooks import FEEDBACK_WIDGETS, each


@dataclass(frozen=True)
class FeedbackWidget:
    name: str
    render: object
    order: int = 100
    head: object = None


def registered_widgets():
    return sorted(each(FEEDBACK_WIDGETS), key=lambda widget: (widget.order, widget.name))


def render_feedback(context, page):
    return mark_safe(  # noqa: S308 - each widget escapes its own output
        "".join(str(widget.render(context, page)) for widget in registered_widgets())
    )


def render_feedback_head(context, page):
    return mark_safe(  # noqa: S308 - each widget escapes its own output
        "".join(str(widget.head(context, page)) for widget in registered_widgets() if widget.head)
    )
