"""Per-IP and per-e-mail rate limits: 429 with Retry-After, and the text is kept."""

import pytest
from django.urls import reverse

from wagtail_emulation.comments.models import ReaderComment

pytestmark = pytest.mark.django_db


def post(client, article, form_data, number, address="127.0.0.1", **fields):
    url = reverse("wagtail_emulation:comments:page", args=[article.pk])
    return client.post(url, form_data(body=f"Ý kiến số {number}", **fields), REMOTE_ADDR=address)


def test_per_ip_limit(client, article, form_data, settings):
    settings.WAGTAIL_EMULATION_COMMENTS_RATE_LIMIT_PER_IP = (2, 600)
    for number in range(2):
        assert (
            post(client, article, form_data, number, email=f"r{number}@example.vn").status_code
            == 302
        )
    response = post(client, article, form_data, 3, email="r3@example.vn")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 600
    html = response.content.decode()
    assert "Vui lòng thử lại sau 10 phút." in html
    assert "Ý kiến số 3</textarea>" in html
    assert ReaderComment.objects.count() == 2
    # Another reader (another address) is not limited.
    other = post(client, article, form_data, 4, email="r4@example.vn", address="203.0.113.9")
    assert other.status_code == 302


def test_per_email_limit_across_addresses(client, article, form_data, settings):
    settings.WAGTAIL_EMULATION_COMMENTS_RATE_LIMIT_PER_EMAIL = (1, 300)
    assert post(client, article, form_data, 1, address="198.51.100.1").status_code == 302
    response = post(client, article, form_data, 2, address="198.51.100.2", email="AN@example.vn")
    assert response.status_code == 429
    assert "Vui lòng thử lại sau 5 phút." in response.content.decode()
    assert ReaderComment.objects.count() == 1


def test_fragment_answers_429_too(client, article, form_data, settings):
    settings.WAGTAIL_EMULATION_COMMENTS_RATE_LIMIT_PER_IP = (1, 60)
    url = reverse("wagtail_emulation:comments:form", args=[article.pk])
    assert client.post(url, form_data(body="Một")).status_code == 201
    response = client.post(url, form_data(body="Hai", email="khac@example.vn"))
    assert response.status_code == 429 and response["Retry-After"]
    assert "Hai</textarea>" in response.content.decode()
