"""``path("emulation/", include("wagtail_emulation.urls"))`` — every endpoint of the package.

Reader-feedback sub-apps add their own URLs under their prefix when they are installed.
"""

from django.apps import apps
from django.urls import include, path

from . import views

app_name = "wagtail_emulation"

FEEDBACK_APPS = {
    "wagtail_emulation.ratings": "ratings/",
    "wagtail_emulation.comments": "comments/",
    "wagtail_emulation.visits": "visits/",
}

urlpatterns = [
    path("state/<int:page_id>/", views.reader_state_view, name="state"),
    path("links/go/", views.website_link_redirect, name="website_link"),
]

urlpatterns += [
    path(prefix, include(f"{app}.urls"))
    for app, prefix in FEEDBACK_APPS.items()
    if apps.is_installed(app)
]
