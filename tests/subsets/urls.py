from django.apps import apps
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("emulation/", include("wagtail_emulation.urls")),
]
if apps.is_installed("wagtail_emulation.site_search"):
    urlpatterns.append(path("", include("wagtail_emulation.site_search.urls")))
urlpatterns.append(path("", include(wagtail_urls)))
