"""One client cannot become many readers: made-up cookies and other cookies identify nobody."""

import secrets

from django.test import Client

from wagtail_emulation.ratings.models import RatingSummary

from .helpers import CHROME, post_json


def _sixteen_fours(page):
    for number in range(16):
        reader = Client(HTTP_USER_AGENT=CHROME, REMOTE_ADDR=f"198.51.100.{number + 1}")
        assert post_json(reader, page, 4).status_code == 200


def _summary(page):
    summary = RatingSummary.objects.get(page=page)
    return summary.count, round(summary.total / summary.count, 2)


def test_twenty_votes_with_fresh_foreign_cookies_are_one_vote(rated_page):
    _sixteen_fours(rated_page)
    for _ in range(20):
        client = Client(HTTP_USER_AGENT=CHROME, REMOTE_ADDR="203.0.113.66")
        client.cookies["csrftoken"] = secrets.token_urlsafe(24)
        client.cookies["sessionid"] = secrets.token_urlsafe(24)
        assert post_json(client, rated_page, 1).status_code == 200

    assert _summary(rated_page) == (17, round((16 * 4 + 1) / 17, 2))


def test_made_up_rater_cookies_are_ignored(rated_page):
    _sixteen_fours(rated_page)
    for _ in range(20):
        client = Client(HTTP_USER_AGENT=CHROME, REMOTE_ADDR="203.0.113.66")
        client.cookies["emulation_rater"] = secrets.token_urlsafe(32)  # the old, unsigned shape
        assert post_json(client, rated_page, 1).status_code == 200

    assert _summary(rated_page) == (17, round((16 * 4 + 1) / 17, 2))


def test_the_cookie_we_issued_still_changes_the_readers_vote(rated_page):
    reader = Client(HTTP_USER_AGENT=CHROME, REMOTE_ADDR="203.0.113.66")
    first = post_json(reader, rated_page, 2)
    assert ":" in first.cookies["emulation_rater"].value  # signed

    second = post_json(reader, rated_page, 5, REMOTE_ADDR="192.0.2.44")  # another network

    assert second.json()["created"] is False
    assert _summary(rated_page) == (1, 5.0)
