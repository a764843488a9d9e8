from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from wagtail_emulation.languages import language_patterns

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("emulation/", include("wagtail_emulation.urls")),
    # search/, sitemap.xml and robots.txt
    path("", include("wagtail_emulation.site_search.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages: Vietnamese unprefixed, English under /en/ when the site serves English.
urlpatterns += language_patterns(path("", include(wagtail_urls)))

# Vietnamese error pages (JSON for JSON clients) that need neither the database nor Redis.
handler400 = "wagtail_emulation.errors.bad_request"
handler403 = "wagtail_emulation.errors.permission_denied"
handler404 = "wagtail_emulation.errors.page_not_found"
handler500 = "wagtail_emulation.errors.server_error"
