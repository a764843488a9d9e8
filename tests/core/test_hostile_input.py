"""Hostile input on the core endpoints: odd digits, huge numbers, over-long headers."""

import pytest

from wagtail_emulation.inputs import MAX_USER_AGENT_LENGTH, bounded_int, user_agent


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("7", 7),
        (" 12 ", 12),
        ("²", None),  # str.isdigit() is true, int() refuses it
        ("٣", None),  # an Arabic-Indic digit: int() takes it, we do not
        ("1" * 4301, None),  # int() refuses more than 4,300 digits
        ("100", None),  # above the maximum
        ("-1", None),
        ("", None),
        (None, None),
    ],
)
def test_bounded_int_takes_only_plain_digits_in_range(value, expected):
    assert bounded_int(value, 99) == expected


def test_user_agent_is_cut_before_anyone_reads_it(rf):
    request = rf.get("/", HTTP_USER_AGENT="  Mozilla/5.0 " + "x" * 8000)
    assert len(user_agent(request)) <= MAX_USER_AGENT_LENGTH
    assert user_agent(request).startswith("Mozilla/5.0 ")


@pytest.mark.parametrize("link", ["²", "١", "9" * 4301, "99999999999999999999999"])
def test_website_link_with_odd_digits_goes_back_instead_of_failing(demo, client, link):
    response = client.get("/emulation/links/go/", {"link": link, "next": "/gioi-thieu/"})

    assert response.status_code == 302
    assert response["Location"] == "/gioi-thieu/"
