"""Scores and bodies no browser sends: translated 4xx answers, never a 500, nothing counted."""

import pytest

from .helpers import post_form, vote_url
from .test_refusals import nothing_changed


def test_a_score_of_4301_digits_is_refused_in_the_form(rated_page, browser_client):
    response = post_form(browser_client(), rated_page, {"score": "4" * 4301})

    assert response.status_code == 400
    assert "Đánh giá phải từ 1 đến 5 sao." in response.content.decode()
    assert nothing_changed()


def test_a_score_of_4301_digits_is_refused_in_json(rated_page, browser_client):
    response = browser_client().post(
        vote_url(rated_page),
        '{"score": "' + "4" * 4301 + '"}',
        content_type="application/json",
        HTTP_ACCEPT="application/json",
    )

    assert response.status_code == 400
    assert response.json()["error"] == {
        "code": "request_too_large",
        "message": "Yêu cầu quá lớn để là một lượt đánh giá.",
    }
    assert nothing_changed()


@pytest.mark.parametrize("body", ["[" * 1000, '{"score": ' + "[" * 490 + "]" * 490 + "}"])
def test_deeply_nested_json_is_refused(rated_page, browser_client, body):
    response = browser_client().post(
        vote_url(rated_page), body, content_type="application/json", HTTP_ACCEPT="application/json"
    )

    assert response.status_code == 400
    assert response.json()["error"]["code"] in {"invalid_json", "score_invalid"}
    assert response.json()["error"]["message"] in {
        "Không đọc được yêu cầu gửi lên.",
        "Đánh giá phải là một số sao nguyên.",
    }
    assert nothing_changed()


def test_leading_zeros_still_read_as_the_score(rated_page, browser_client):
    response = post_form(browser_client(), rated_page, {"score": "0" * 5000 + "4"})

    assert response.status_code == 303
