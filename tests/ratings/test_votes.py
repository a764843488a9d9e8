"""One vote per reader and page: dedupe, re-rating, the office NAT, the cookie."""

from django.test import override_settings

from wagtail_emulation.ratings.models import Rating, RatingSummary

from .helpers import CHROME, FIREFOX, add_page, post_json


def figures(page):
    summary = RatingSummary.objects.get(page=page)
    return summary.count, summary.total, [score for _stars, score in summary.histogram()]


def test_first_vote_counts_and_sets_a_private_cookie(rated_page, browser_client):
    response = post_json(browser_client(), rated_page, 4)

    assert response.status_code == 200
    body = response.json()
    assert (body["count"], body["average"], body["score"], body["created"]) == (1, 4.0, 4, True)
    assert figures(rated_page) == (1, 4, [0, 1, 0, 0, 0])
    cookie = response.cookies["emulation_rater"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert cookie["path"] == "/emulation/"
    assert "no-store" in response["Cache-Control"]


def test_stored_keys_are_hashes_not_the_cookie_or_the_address(rated_page, browser_client):
    response = post_json(browser_client(ip="198.51.100.7"), rated_page, 5)
    cookie_value = response.cookies["emulation_rater"].value

    stored = Rating.objects.values_list("browser_key", "network_key").get()
    assert cookie_value not in stored
    assert all("198.51.100.7" not in (key or "") for key in stored)


def test_voting_again_changes_the_score_not_the_count(rated_page, browser_client):
    reader = browser_client()
    post_json(reader, rated_page, 2)
    response = post_json(reader, rated_page, 5)

    assert response.json()["created"] is False
    assert "emulation_rater" not in response.cookies  # the reader keeps its cookie
    assert figures(rated_page) == (1, 5, [1, 0, 0, 0, 0])
    assert Rating.objects.get().score == 5


def test_same_score_twice_is_one_vote(rated_page, browser_client):
    reader = browser_client()
    post_json(reader, rated_page, 3)
    post_json(reader, rated_page, 3)

    assert figures(rated_page) == (1, 3, [0, 0, 1, 0, 0])


def test_two_browsers_behind_one_office_nat_are_two_readers(rated_page, browser_client):
    chrome, firefox = browser_client(CHROME), browser_client(FIREFOX)
    post_json(chrome, rated_page, 5)
    post_json(firefox, rated_page, 3)

    assert figures(rated_page)[:2] == (2, 8)


def test_cookie_wins_over_an_identical_network_and_browser(rated_page, site, browser_client):
    """Same IP, same User-Agent: the cookie each browser keeps tells them apart."""
    other_page = add_page(site.root_page, "Chức năng nhiệm vụ", "chuc-nang-nhiem-vu")
    first, second = browser_client(), browser_client()
    post_json(first, rated_page, 5)
    post_json(second, other_page, 4)  # the second browser now holds its own cookie
    post_json(second, rated_page, 1)
    post_json(first, rated_page, 4)  # and the first one re-rates

    assert figures(rated_page)[:2] == (2, 5)


def test_only_our_cookie_identifies_a_reader(rated_page, browser_client):
    """Other cookies (the CSRF cookie of the state request, a session) say nothing about who
    voted: without the rater cookie, the network is the reader, and its vote is changed."""
    first, second = browser_client(), browser_client()
    for reader in (first, second):
        reader.get(f"/emulation/state/{rated_page.pk}/")
    post_json(first, rated_page, 5)
    post_json(second, rated_page, 2)

    assert figures(rated_page)[:2] == (1, 2)


def test_client_without_cookies_falls_back_to_its_network_and_browser(rated_page, browser_client):
    reader = browser_client()
    post_json(reader, rated_page, 2)
    reader.cookies.clear()  # a client that throws cookies away
    post_json(reader, rated_page, 4)

    assert figures(rated_page) == (1, 4, [0, 1, 0, 0, 0])


def test_forwarded_for_is_ignored_unless_from_a_trusted_proxy(rated_page, browser_client):
    forger = browser_client(ip="203.0.113.99")
    post_json(forger, rated_page, 5, HTTP_X_FORWARDED_FOR="192.0.2.1")
    forger.cookies.clear()
    post_json(forger, rated_page, 1, HTTP_X_FORWARDED_FOR="192.0.2.2")

    assert figures(rated_page)[:2] == (1, 1)


@override_settings(WAGTAIL_EMULATION_TRUSTED_PROXIES=["10.0.0.0/8"])
def test_forwarded_for_from_a_trusted_proxy_names_the_reader(rated_page, browser_client):
    proxy = browser_client(ip="10.0.0.2")
    post_json(proxy, rated_page, 5, HTTP_X_FORWARDED_FOR="192.0.2.1")
    proxy.cookies.clear()
    post_json(proxy, rated_page, 1, HTTP_X_FORWARDED_FOR="192.0.2.2")

    assert figures(rated_page)[:2] == (2, 6)


def test_votes_on_two_pages_are_kept_apart(rated_page, site, browser_client):
    other_page = add_page(site.root_page, "Cơ cấu tổ chức", "co-cau-to-chuc")
    reader = browser_client()
    post_json(reader, rated_page, 5)
    post_json(reader, other_page, 1)

    assert figures(rated_page)[:2] == (1, 5)
    assert figures(other_page)[:2] == (1, 1)
