"""A Wagtail admin ``ViewSet`` of one screen (an import, a statistics report) in a menu."""

from django.urls import path, reverse
from django.utils.module_loading import import_string
from wagtail.admin.viewsets.base import ViewSet


class OneScreenViewSet(ViewSet):
    """Serves ``view_class`` (a class, or its dotted path when importing it here would close
    an import cycle) at the viewset's own address, named ``index``, and points the menu item
    there. Override :meth:`get_urlpatterns` to add routes beside it."""

    view_class = None

    def get_view_class(self):
        view = self.view_class
        return import_string(view) if isinstance(view, str) else view

    def get_urlpatterns(self):
        return [path("", self.get_view_class().as_view(), name="index")]

    @property
    def menu_url(self):
        return reverse(f"{self.url_namespace}:index")
