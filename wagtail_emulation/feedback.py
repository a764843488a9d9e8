"""One tag for all reader feedback on a page: ``{% reader_feedback page %}``.

Content templates (ours and the host's) should not need to know which feedback sub-apps are
installed. Each feedback sub-app registers how it renders under a page in its
``AppConfig.ready``; the tags render every registered widget in order::

    from wagtail_emulation.feedback import register_feedback_widget

    register_feedback_widget("rating", render_rating, order=10, head=render_rating_jsonld)

``render(context, page)`` and ``head(context, page)`` return HTML (or ``""`` when the feature
is off for the page).
"""

from dataclasses import dataclass

from django.utils.safestring import mark_safe


@dataclass(frozen=True)
class FeedbackWidget:
    name: str
    render: object
    order: int = 100
    head: object = None


_widgets = {}


def register_feedback_widget(name, render, *, order=100, head=None):
    _widgets[name] = FeedbackWidget(name=name, render=render, order=order, head=head)


def unregister_feedback_widget(name):
    _widgets.pop(name, None)


def _ordered():
    return sorted(_widgets.values(), key=lambda widget: (widget.order, widget.name))


def render_feedback(context, page):
    return mark_safe("".join(str(widget.render(context, page)) for widget in _ordered()))  # noqa: S308


def render_feedback_head(context, page):
    return mark_safe(  # noqa: S308 - each widget escapes its own output
        "".join(str(widget.head(context, page)) for widget in _ordered() if widget.head)
    )
