"""Every bad request gets a translated 4xx and changes nothing."""

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from wagtail_emulation.ratings.models import Rating, RatingSummary

from .helpers import add_page, post_form, post_json, turn_ratings_off_for, vote_url


def nothing_changed():
    return not Rating.objects.exists() and not RatingSummary.objects.filter(count__gt=0).exists()


@pytest.mark.parametrize(
    ("score", "code", "message"),
    [
        (0, "score_out_of_range", "Đánh giá phải từ 1 đến 5 sao."),
        (6, "score_out_of_range", "Đánh giá phải từ 1 đến 5 sao."),
        (-1, "score_out_of_range", "Đánh giá phải từ 1 đến 5 sao."),
        ("4.5", "score_invalid", "Đánh giá phải là một số sao nguyên."),
        ("bốn", "score_invalid", "Đánh giá phải là một số sao nguyên."),
        ("٣", "score_invalid", "Đánh giá phải là một số sao nguyên."),  # a non-ASCII digit
        (True, "score_invalid", "Đánh giá phải là một số sao nguyên."),
        (None, "score_missing", "Hãy chọn từ 1 đến 5 sao rồi gửi đánh giá."),
        ("", "score_missing", "Hãy chọn từ 1 đến 5 sao rồi gửi đánh giá."),
    ],
)
def test_bad_scores_are_refused_in_json(rated_page, browser_client, score, code, message):
    response = post_json(browser_client(), rated_page, score)

    assert response.status_code == 400
    assert response.json() == {"error": {"code": code, "message": message}}
    assert nothing_changed()


def test_missing_score_and_unreadable_json(rated_page, browser_client):
    reader = browser_client()
    missing = reader.post(
        vote_url(rated_page), {}, content_type="application/json", HTTP_ACCEPT="application/json"
    )
    garbled = reader.post(
        vote_url(rated_page),
        "{score",
        content_type="application/json",
        HTTP_ACCEPT="application/json",
    )

    assert missing.json()["error"]["code"] == "score_missing"
    assert garbled.status_code == 400
    assert garbled.json()["error"]["code"] == "invalid_json"
    assert nothing_changed()


def test_unknown_page(db, browser_client):
    response = browser_client().post(
        reverse("wagtail_emulation:ratings:vote", args=[987654]),
        {"score": 4},
        content_type="application/json",
        HTTP_ACCEPT="application/json",
    )

    assert response.status_code == 404
    assert response.json()["error"] == {
        "code": "page_not_found",
        "message": "Trang này không tồn tại hoặc chưa được xuất bản.",
    }


def test_page_type_without_ratings(site, browser_client):
    page = add_page(site.root_page, "Liên hệ", "lien-he")
    turn_ratings_off_for(site, "testapp.hostpage")

    response = post_json(browser_client(), page, 4)

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "ratings_closed"
    assert nothing_changed()


def test_unpublished_page(rated_page, browser_client):
    rated_page.unpublish()

    assert post_json(browser_client(), rated_page, 4).status_code == 404
    assert nothing_changed()


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_wrong_method(rated_page, browser_client, method):
    response = getattr(browser_client(), method)(
        vote_url(rated_page), HTTP_ACCEPT="application/json"
    )

    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert response.json()["error"]["code"] == "method_not_allowed"
    assert response.json()["error"]["message"] == "Đánh giá được gửi bằng biểu mẫu."


def test_wrong_method_in_a_browser_gets_a_page(rated_page, browser_client):
    response = browser_client().get(vote_url(rated_page))

    assert response.status_code == 405
    assert "Đánh giá được gửi bằng biểu mẫu." in response.content.decode()


class TestCrossSiteForgery:
    @pytest.fixture
    def strict(self):
        return Client(enforce_csrf_checks=True, REMOTE_ADDR="203.0.113.10")

    def test_no_client_switch_lets_a_post_without_proof_through(self, rated_page):
        """Django's test client skips CSRF checks unless told otherwise; the forgery check
        does not read that switch, so such a client is refused like curl."""
        lax = Client(REMOTE_ADDR="203.0.113.10")  # enforce_csrf_checks=False
        response = lax.post(
            vote_url(rated_page), {"score": 5}, content_type="application/json",
            HTTP_ACCEPT="application/json",
        )  # fmt: skip

        assert response.status_code == 403
        assert response.json()["error"]["code"] == "csrf_failed"
        assert nothing_changed()

    def test_token_from_the_state_endpoint_is_accepted(self, rated_page, strict):
        token = strict.get(f"/emulation/state/{rated_page.pk}/").json()["csrfToken"]

        response = post_json(strict, rated_page, 5, HTTP_X_CSRFTOKEN=token)

        assert response.status_code == 200
        assert Rating.objects.count() == 1

    def test_wrong_token_is_refused(self, rated_page, strict):
        strict.get(f"/emulation/state/{rated_page.pk}/")

        response = post_json(strict, rated_page, 5, HTTP_X_CSRFTOKEN="x" * 32)

        assert response.status_code == 403
        assert response.json()["error"]["code"] == "csrf_failed"
        assert "không xuất phát từ trang" in response.json()["error"]["message"]
        assert nothing_changed()

    def test_token_from_another_site_is_refused(self, rated_page, strict):
        token = strict.get(f"/emulation/state/{rated_page.pk}/").json()["csrfToken"]

        response = post_json(
            strict, rated_page, 5, HTTP_X_CSRFTOKEN=token, HTTP_ORIGIN="https://evil.example"
        )

        assert response.status_code == 403
        assert nothing_changed()

    @pytest.mark.parametrize(
        "headers",
        [
            {},  # no proof at all (curl, a very old browser)
            {"HTTP_SEC_FETCH_SITE": "cross-site"},
            {"HTTP_SEC_FETCH_SITE": "same-site"},  # a sibling subdomain is another origin
            {"HTTP_ORIGIN": "https://evil.example"},
            {"HTTP_ORIGIN": "null"},
        ],
    )
    def test_token_less_cross_site_form_post_is_refused(self, rated_page, strict, headers):
        response = strict.post(vote_url(rated_page), {"score": 5}, **headers)

        assert response.status_code == 403
        assert "không xuất phát từ trang" in response.content.decode()
        assert nothing_changed()

    @pytest.mark.parametrize(
        "headers", [{"HTTP_SEC_FETCH_SITE": "same-origin"}, {"HTTP_ORIGIN": "http://testserver"}]
    )
    def test_token_less_same_origin_form_post_is_accepted(self, rated_page, strict, headers):
        response = strict.post(vote_url(rated_page), {"score": 5}, **headers)

        assert response.status_code == 303
        assert Rating.objects.count() == 1


@override_settings(
    WAGTAIL_EMULATION_RATINGS_READER_LIMIT=3, WAGTAIL_EMULATION_RATINGS_READER_PERIOD=600
)
def test_reader_rate_limit(rated_page, browser_client):
    reader = browser_client()
    for score in (1, 2, 3):
        assert post_json(reader, rated_page, score).status_code == 200

    response = post_json(reader, rated_page, 5)

    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 600
    assert response.json()["error"]["code"] == "rate_limited"
    assert response.json()["error"]["message"].startswith("Bạn đã gửi nhiều đánh giá")
    assert RatingSummary.objects.get(page=rated_page).total == 3  # the refused 5 is not counted


@override_settings(WAGTAIL_EMULATION_RATINGS_IP_LIMIT=2, WAGTAIL_EMULATION_RATINGS_IP_PERIOD=60)
def test_address_rate_limit_covers_many_browsers(rated_page, browser_client):
    statuses = [
        post_json(browser_client(user_agent=f"Browser {n}"), rated_page, 4).status_code
        for n in range(3)
    ]

    assert statuses == [200, 200, 429]
    assert RatingSummary.objects.get(page=rated_page).count == 2


@override_settings(WAGTAIL_EMULATION_RATINGS_IP_LIMIT=1)
def test_rate_limited_form_post_shows_the_form_again_with_the_choice(rated_page, browser_client):
    post_form(browser_client(), rated_page, {"score": 2})

    response = post_form(browser_client(user_agent="Other"), rated_page, {"score": 4})

    assert response.status_code == 429
    assert response["Retry-After"]
    html = response.content.decode()
    assert f'value="4" id="emulation-rating-{rated_page.pk}-4" checked' in html
    assert "Bạn đã gửi nhiều đánh giá" in html
