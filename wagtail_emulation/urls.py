"""``path("emulation/", include("wagtail_emulation.urls"))`` — every endpoint of the package.

Sub-apps add their own URLs through the ``register_emulation_urls`` hook when installed.
"""

from django.urls import path

from . import views
from .hooks import URLS, each

app_name = "wagtail_emulation"

urlpatterns = [
    path("state/<int:page_id>/", views.reader_state_view, name="state"),
    path("links/go/", views.website_link_redirect, name="website_link"),
]

for patterns in each(URLS):
    urlpatterns += patterns
