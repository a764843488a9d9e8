"""Route bodies that live outside the page models.

A page's feeds, exports and list builders import its models (and its forms, which import the
models too): a model importing them back would close an import cycle. The model names the
body by dotted path, as it names its filter form (``filter_form``), and the body is imported
when the route is first served. A body is a function ``(page, request, *args, **kwargs)`` in
the sub-app's ``routes`` module, which imports the models, never the other way round.
"""

from django.utils.module_loading import import_string


def serve_route(path, page, request, *args, **kwargs):
    """Answer with the route body at dotted ``path``."""
    return import_string(path)(page, request, *args, **kwargs)
