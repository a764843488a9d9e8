"""The example site's URLs behind ``/static/`` served from ``STATIC_ROOT`` by path alone, as
nginx's ``location /static/ { alias …; }`` does: no finders, so only collected (hashed) names
exist. Django's ``static()`` helper serves nothing with DEBUG = False, hence the view itself."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from example_site.urls import *  # noqa: F403 - its handler400…handler500 too
from example_site.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(r"^static/(?P<path>.*)$", serve, {"document_root": settings.STATIC_ROOT}),
    *site_urlpatterns,
]
