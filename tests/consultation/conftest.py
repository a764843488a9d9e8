import time

import pytest
from django.core import signing

from wagtail_emulation.consultation.forms import STAMP_SALT

from .builders import make_draft


@pytest.fixture
def home(db):
    from example_site.portal.demo import site

    home, _ = site.ensure_home()
    return home


@pytest.fixture
def draft(home):
    """An open draft of 12 articles in two chapters."""
    return make_draft(home)


def backdated_stamp(seconds=60):
    return signing.dumps(time.time() - seconds, salt=STAMP_SALT)


@pytest.fixture
def form_data():
    def build(**overrides):
        data = {
            "name": "Trần Thị Bình",
            "organisation": "Hội Luật gia tỉnh",
            "email": "binh@example.vn",
            "phone": "",
            "body": "Đề nghị bổ sung đối tượng là người khuyết tật\nvào khoản 1.",
            "consent": "on",
            "captcha_0": "abc",
            "captcha_1": "PASSED",
            "started": backdated_stamp(),
            "homepage": "",
        }
        data.update(overrides)
        return {key: value for key, value in data.items() if value is not None}

    return build
