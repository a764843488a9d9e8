"""The reader's own score and live figures come from the state endpoint, never the HTML."""

from .helpers import FIREFOX, add_page, post_json, turn_ratings_off_for


def rating_part(client, page):
    response = client.get(f"/emulation/state/{page.pk}/")
    assert "no-store" in response["Cache-Control"]
    return response.json()["parts"].get("rating")


def test_reader_sees_own_score_and_others_do_not(rated_page, browser_client):
    voter, other = browser_client(), browser_client(user_agent=FIREFOX)
    post_json(voter, rated_page, 4)

    mine = rating_part(voter, rated_page)
    theirs = rating_part(other, rated_page)

    assert mine == {
        "score": 4,
        "own": "Bạn đã đánh giá trang này 4 trên 5 sao.",
        "count": 1,
        "average": 4.0,
        "summary": "lượt đánh giá: 1, trung bình: 4,0",
    }
    assert theirs["score"] is None and theirs["own"] == "" and theirs["count"] == 1


def test_no_rating_part_where_ratings_are_off(site, browser_client):
    page = add_page(site.root_page, "Văn bản", "van-ban")
    turn_ratings_off_for(site, "testapp.hostpage")

    assert rating_part(browser_client(), page) is None
