"""Every demo decision and every document of the library links its signed copy, and the
link answers with the file."""

import lxml.html
import pytest
from django.conf import settings
from django.core.files.storage import default_storage

from wagtail_emulation.commendations.models import Decision, DecisionIndexPage
from wagtail_emulation.legal_documents.models import LegalDocumentPage


@pytest.fixture(autouse=True)
def _documents_served_by_redirect(settings):
    """The tests keep files in memory, with no local path Wagtail's own view could send: the
    document's address redirects to the stored file, as with a remote storage."""
    settings.WAGTAILDOCS_SERVE_METHOD = "redirect"


def file_links(client, url, xpath):
    response = client.get(url)
    assert response.status_code == 200, url
    return lxml.html.fromstring(response.content).xpath(xpath)


def answers_with_a_file(client, href):
    """The document's address answers with its stored file, a PDF."""
    response = client.get(href)
    if response.status_code != 302 or not response["Location"].startswith(settings.MEDIA_URL):
        return False
    name = response["Location"].removeprefix(settings.MEDIA_URL)
    with default_storage.open(name) as stored:
        return stored.read(5) == b"%PDF-"


def test_every_demo_decision_links_its_signed_file(demo, client):
    register = DecisionIndexPage.objects.live().get()
    decisions = list(Decision.objects.all())
    assert len(decisions) >= 5
    for decision in decisions:
        url = register.url + register.reverse_subpage("decision", args=[decision.pk])
        links = file_links(
            client, url, "//dl[@class='campaign__facts']//a[contains(@href, '/documents/')]"
        )
        assert links, f"{decision.number} links no file"
        assert all(answers_with_a_file(client, link.get("href")) for link in links), url


def test_every_demo_document_of_the_library_links_its_file(demo, client):
    pages = list(LegalDocumentPage.objects.live())
    assert len(pages) >= 20
    for page in pages:
        links = file_links(client, page.url, "//ul[@class='legal-document__files']//a[@href]")
        assert links, f"{page.title} links no file"
        assert all(answers_with_a_file(client, link.get("href")) for link in links), page.url
