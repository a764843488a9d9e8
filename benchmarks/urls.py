from django.core.cache import cache
from django.http import HttpResponse
from django.urls import path

from example_site.urls import urlpatterns as site_urlpatterns


def empty_view(request):
    """The framework floor: Django's full middleware stack and nothing else."""
    return HttpResponse(b"ok", content_type="text/plain")


def one_round_trip_view(request):
    """The floor plus one Redis round trip (PING): the ceiling of anything that must reach
    Redis once per request, such as a beacon."""
    cache.client.get_client(write=True).ping()
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [
    path("bench/empty/", empty_view),
    path("bench/redis-ping/", one_round_trip_view),
    *site_urlpatterns,
]
