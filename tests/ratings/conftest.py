import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Site

from .helpers import CHROME, add_page


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def rated_page(site):
    """A host page type (no mixin): the stars show wherever a template asks for them."""
    return add_page(site.root_page, "Giới thiệu về Sở", "gioi-thieu-ve-so")


@pytest.fixture
def browser_client():
    """A browser on the office network: JSON fetches, same-origin posts."""

    def make(user_agent=CHROME, ip="203.0.113.10", **kwargs):
        kwargs.setdefault("HTTP_SEC_FETCH_SITE", "same-origin")  # what browsers send
        return Client(HTTP_USER_AGENT=user_agent, REMOTE_ADDR=ip, **kwargs)

    return make


@pytest.fixture
def editor(client, db):
    """A client logged in as a superuser (the admin's screens)."""
    user = get_user_model().objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    return client
