"""Every public address of each department site, asked under the other sites' hostnames,
shows that host's content only: pages, feeds, site maps, robots.txt, search, and the
endpoints that take a page's id (a page of another site is not found there)."""

import re
from contextlib import suppress
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import NoReverseMatch
from wagtail.models import Page

from wagtail_emulation.commendations.models import CandidateNoticePage
from wagtail_emulation.consultation.models import DraftPage
from wagtail_emulation.questions.models import QuestionIndexPage

pytestmark = pytest.mark.django_db

LOC = re.compile(r"<loc>([^<]+)</loc>")


def reader(hostname):
    return Client(HTTP_HOST=hostname)


def relative(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def public_paths(department):
    """The site's pages, their feeds, its site maps (followed), robots.txt and a search."""
    client = reader(department.hostname)
    paths = {"/robots.txt", "/search/?q=ho+so", "/sitemap.xml"}
    pages = Page.objects.live().public().filter(path__startswith=department.root.path)
    for page in pages.specific():
        url = page.get_url(current_site=department.site)
        paths.add(url)
        # Not every page is routable, nor has every routable page a feed.
        with suppress(AttributeError, NoReverseMatch):
            paths.add(url + page.reverse_subpage("feed"))
    sitemap = client.get("/sitemap.xml").content.decode()
    for location in LOC.findall(sitemap):
        if location.endswith(".xml"):
            paths.add(relative(location))
    return sorted(paths)


def body_of(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def test_every_public_address_shows_only_the_hosts_content(departments):
    for department in departments:
        paths = public_paths(department)
        assert len(paths) > 20, department.key
        for host in departments:
            client = reader(host.hostname)
            strangers = [other for other in departments if other is not host]
            for path in paths:
                response = client.get(path)
                assert response.status_code in (200, 404), (host.key, path)
                html = body_of(response)
                for other in strangers:
                    assert other.mark not in html, (department.key, host.key, path, other.key)
                    assert other.hostname not in html, (department.key, host.key, path)


def first_of(model, department):
    return model.objects.live().filter(path__startswith=department.root.path).first()


def id_endpoints(department):
    """Addresses that name one of the site's pages (or people) by id."""
    draft = first_of(DraftPage, department)
    section = first_of(QuestionIndexPage, department)
    notice = first_of(CandidateNoticePage, department)
    article = department.rows["comment"].page
    return [
        f"/emulation/state/{article.pk}/",
        f"/emulation/consultation/{draft.pk}/",
        f"/emulation/consultation/{draft.pk}/sent/",
        f"/emulation/questions/{section.pk}/ask/",
        f"/emulation/questions/{section.pk}/lookup/",
        f"/emulation/commendations/notice/{notice.pk}/respond/",
    ]


def test_another_sites_page_is_not_found_by_its_id(departments):
    for department in departments:
        for path in id_endpoints(department):
            assert reader(department.hostname).get(path).status_code == 200, path
            for host in departments:
                if host is not department:
                    assert reader(host.hostname).get(path).status_code == 404, (host.key, path)


def test_a_vote_for_another_sites_page_is_refused(departments):
    first, second = departments[0], departments[1]
    page = second.rows["comment"].page
    client = Client(HTTP_HOST=first.hostname, enforce_csrf_checks=False)
    response = client.post(
        f"/emulation/ratings/{page.pk}/", {"score": "5"}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 404


def test_the_qa_lookup_finds_only_the_sites_own_questions(departments):
    first, second = departments[0], departments[1]
    section = first_of(QuestionIndexPage, first)
    question = second.rows["question"]
    response = reader(first.hostname).post(
        f"/emulation/questions/{section.pk}/lookup/", {"code": question.code}
    )
    assert response.status_code in (404, 400)
    assert second.mark not in response.content.decode()
