from django.http import HttpResponse
from django.urls import path

from example_site.urls import urlpatterns as site_urlpatterns


def empty_view(request):
    """The framework floor: Django's full middleware stack and nothing else."""
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/empty/", empty_view), *site_urlpatterns]
