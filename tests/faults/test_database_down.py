"""The database down: beacons say the view was lost (503), never a silent 204."""

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail_emulation.visits.models import PageViewDaily
from wagtail_emulation.visits.visitors import beacon_signature

from .database import database_down

CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"


def test_a_beacon_that_could_not_be_stored_answers_503(home, monkeypatch):
    site_id = home.get_site().pk
    url = reverse(
        "wagtail_emulation:visits:beacon",
        args=[site_id, home.pk, beacon_signature(site_id, home.pk)],
    )
    today = PageViewDaily.objects.filter(page_id=home.pk, date=timezone.localdate())
    before = sum(today.values_list("views", flat=True))
    reader = Client(HTTP_USER_AGENT=CHROME, REMOTE_ADDR="203.0.113.5")
    with database_down(monkeypatch):
        response = reader.post(url)
    assert response.status_code == 503
    assert response["Retry-After"]
    assert response.json()["error"]["code"] == "not_stored"
    assert "lượt truy cập" in response.json()["error"]["message"]
    assert sum(today.values_list("views", flat=True)) == before
    assert reader.post(url).status_code == 204  # back up: counted again
    assert sum(today.values_list("views", flat=True)) == before + 1
