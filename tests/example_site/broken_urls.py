"""The example site's URLs and error handlers, plus a view with a bug (for the 500 page)."""

from django.urls import path

from example_site.urls import *  # noqa: F403 - its handler400…handler500 too
from example_site.urls import urlpatterns as site_urlpatterns


def broken_view(request):
    raise RuntimeError("a bug")


urlpatterns = [path("hong/", broken_view), *site_urlpatterns]
