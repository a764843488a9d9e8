"""The state endpoint says nothing about pages behind a password or a login."""

import pytest
from wagtail.models import PageViewRestriction

from .helpers import post_json


@pytest.mark.parametrize(
    "restriction",
    [
        {"restriction_type": PageViewRestriction.PASSWORD, "password": "mat-khau"},
        {"restriction_type": PageViewRestriction.LOGIN},
    ],
)
def test_state_of_a_restricted_page_is_not_found(rated_page, browser_client, restriction):
    reader = browser_client()
    assert post_json(reader, rated_page, 5).status_code == 200
    PageViewRestriction.objects.create(page=rated_page, **restriction)

    response = reader.get(f"/emulation/state/{rated_page.pk}/")

    assert response.status_code == 404
    assert response.json() == {
        "error": {
            "code": "page_not_found",
            "message": "Trang này không tồn tại hoặc chưa được xuất bản.",
        }
    }
