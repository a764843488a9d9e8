"""A real page carrying the stars stays cacheable: same bytes for everyone, nothing written."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from example_site.portal.demo.ratings import ratable_pages

from .helpers import post_json


def test_page_with_stars_is_the_same_for_a_voter_and_a_stranger(demo):
    page = ratable_pages(demo.root_page)[0]
    voter = Client(HTTP_USER_AGENT="Voter", REMOTE_ADDR="203.0.113.5")
    post_json(voter, page, 2)
    assert voter.cookies["emulation_rater"]["path"] == "/emulation/"

    with CaptureQueriesContext(connection) as queries:
        as_voter = voter.get(page.url)
    as_stranger = Client(HTTP_USER_AGENT="Stranger", REMOTE_ADDR="198.51.100.9").get(page.url)

    assert as_voter.status_code == as_stranger.status_code == 200
    assert 'data-emulation="rating"' in as_voter.content.decode()
    assert as_voter.content == as_stranger.content
    for response in (as_voter, as_stranger):
        assert not response.cookies
        assert "Cookie" not in response.get("Vary", "")
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == []
