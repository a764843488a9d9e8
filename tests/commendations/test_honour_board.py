"""The honour board and its box: photos only with recorded consent, no write on reading."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

pytestmark = pytest.mark.django_db


@pytest.fixture
def photos():
    return (
        Image.objects.create(title="Ảnh đồng ý", file=get_test_image_file()),
        Image.objects.create(title="Ảnh chưa đồng ý", file=get_test_image_file()),
    )


def test_photos_only_with_consent(
    client, board, make_decision, photos, django_capture_on_commit_callbacks
):
    agreed, not_agreed = photos
    with django_capture_on_commit_callbacks(execute=True):
        make_decision(
            recipients=[
                {"name": "Người đồng ý", "photo": agreed, "photo_consent": True},
                {"name": "Người chưa đồng ý", "photo": not_agreed, "photo_consent": False},
            ]
        )
    # The consenting recipient's portrait was made when the decision was saved.
    assert agreed.renditions.filter(filter_spec="fill-160x200").exists()
    assert not not_agreed.renditions.exists()
    with CaptureQueriesContext(connection) as queries:
        html = client.get(board.url).content.decode()
    assert "Người đồng ý" in html and "Người chưa đồng ý" in html
    assert html.count('class="commendations-card__photo"') == 1
    assert not_agreed.file.name.split("/")[-1].split(".")[0] not in html
    # No consent: a neutral emblem in the photo's box, not an empty box.
    cards = dict(
        re.findall(
            r'<li class="commendations-card">\s*(<img [^>]*>).*?card__name">([^<]*)<', html, re.S
        )
    )
    emblem = next(tag for tag, name in cards.items() if name == "Người chưa đồng ý")
    assert 'class="commendations-card__photo commendations-card__photo--emblem"' in emblem
    assert 'alt=""' in emblem and 'width="80" height="100"' in emblem
    source = re.search(r'src="/static/([^"]+)"', emblem).group(1)
    assert finders.find(source).endswith("emblem.svg")
    photo = next(tag for tag, name in cards.items() if name == "Người đồng ý")
    assert "--emblem" not in photo and 'alt=""' in photo
    writes = [q["sql"] for q in queries if q["sql"].split()[0] in {"INSERT", "UPDATE", "DELETE"}]
    assert writes == []


def test_honour_board_box_shows_the_latest_and_links_the_board(board, make_decision):
    make_decision(recipients=[{"name": f"Người thứ {n}"} for n in range(8)])
    request = RequestFactory().get("/")
    html = Template("{% load wagtail_emulation %}{% honour_board 3 %}").render(
        Context({"request": request})
    )
    assert 'data-emulation="honour-board"' in html
    assert html.count("commendations-card__name") == 3
    assert f'href="{board.url}"' in html
