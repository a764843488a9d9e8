"""``path("", include("wagtail_emulation.site_search.urls"))``, before Wagtail's catch-all:
``search/``, ``sitemap.xml`` (+ its files) and ``robots.txt`` at the site's root."""

from django.urls import path

from . import views

app_name = "wagtail_emulation_site_search"

urlpatterns = [
    path("search/", views.search_view, name="search"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path("sitemap-<slug:section>.xml", views.sitemap_section, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
