from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("emulation/", include("wagtail_emulation.urls")),
    path("", include("wagtail_emulation.site_search.urls")),
    path("", include(wagtail_urls)),
]
