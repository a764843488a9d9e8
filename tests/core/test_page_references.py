"""What screen readers follow on the demo portal's pages: every ``aria-describedby`` and
``aria-labelledby`` points at an element that exists (the help text "Không cần gõ dấu…" is
read with its field), and no two landmarks of one role share a name (axe ``landmark-unique``).
"""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from wagtail_emulation.commendations.models import (
    DecisionIndexPage,
    HonourBoardPage,
    RegistrationTablePage,
)
from wagtail_emulation.legal_documents.models import LegalDocumentIndexPage
from wagtail_emulation.news.models import NewsIndexPage

# Elements that are landmarks once named, by their role.
LANDMARK_ROLES = {"section": "region", "nav": "navigation", "aside": "complementary"}
PAGE_NAMES = ["home", "search", "library", "register", "honour board", "registration table", "news"]


def pages():
    return {
        "home": "/",
        "search": "/search/?q=thi+dua",
        "library": LegalDocumentIndexPage.objects.live().first().url,
        "register": DecisionIndexPage.objects.live().first().url,
        "honour board": HonourBoardPage.objects.live().first().url,
        "registration table": RegistrationTablePage.objects.live().first().url,
        "news": NewsIndexPage.objects.live().first().url,
    }


def soup(path):
    response = Client().get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def name_of(document, element):
    if element.get("aria-labelledby"):
        parts = (document.find(id=ref) for ref in element["aria-labelledby"].split())
        return " ".join(part.get_text(" ", strip=True) for part in parts if part is not None)
    return element.get("aria-label", "")


def landmarks(document):
    found = []
    for element in document.find_all(True):
        role = element.get("role") or LANDMARK_ROLES.get(element.name)
        if element.name == "form" and not element.get("role"):
            role = "form"
        if role in {"region", "navigation", "complementary", "search", "form"}:
            name = name_of(document, element)
            if name or role != "region":  # an unnamed section is no landmark
                found.append((role, name))
    return found


@pytest.mark.parametrize("page", PAGE_NAMES)
def test_every_aria_reference_points_at_an_element(demo, page):
    document = soup(pages()[page])
    for attribute in ("aria-describedby", "aria-labelledby", "aria-controls"):
        for element in document.find_all(attrs={attribute: True}):
            for ref in element[attribute].split():
                assert document.find(id=ref) is not None, (page, element.name, attribute, ref)


def test_the_search_help_text_is_read_with_the_search_box(demo):
    document = soup(pages()["search"])
    box = document.find("form", class_="emulation-search__form").find("input", attrs={"name": "q"})
    help_text = document.find(id=box["aria-describedby"])
    assert "Không cần gõ dấu" in help_text.get_text()


def test_the_library_and_register_help_texts_are_read_with_their_fields(demo):
    for page in ("library", "register"):
        document = soup(pages()[page])
        described = document.find_all(attrs={"aria-describedby": True})
        assert described, page
        for field in described:
            assert document.find(id=field["aria-describedby"]).get_text(strip=True), page


@pytest.mark.parametrize("page", PAGE_NAMES)
def test_no_two_landmarks_of_a_role_share_a_name(demo, page):
    path = pages()[page]
    found = landmarks(soup(path))
    duplicates = {landmark for landmark in found if found.count(landmark) > 1}
    assert not duplicates, (path, duplicates)
