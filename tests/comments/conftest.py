import time

import pytest
from django.core import signing
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import Site

from tests.testapp.models import HostPage
from wagtail_emulation.comments.forms import STAMP_SALT, fingerprint
from wagtail_emulation.comments.models import CommentSettings, ReaderComment
from wagtail_emulation.comments.moderation import create_comment


@pytest.fixture
def home(db):
    """The site's home page and a host's own page under it, "Giới thiệu" (the full demo is
    slow and has comments)."""
    from example_site.portal.demo import site

    home, _ = site.ensure_home()
    if not home.get_children().filter(slug="gioi-thieu").exists():  # the demo has its own
        about = HostPage(title="Giới thiệu", slug="gioi-thieu", body="<p>Sở Tư pháp.</p>")
        home.add_child(instance=about)
        about.save_revision().publish()
    return home


@pytest.fixture
def comment_settings(home):
    """The site's comment settings: on for every page type, the "Giới thiệu" page's included
    (a host page type with no per-page switch)."""
    return CommentSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def article(home, comment_settings):
    return home.get_children().get(slug="gioi-thieu").specific


def backdated_stamp(seconds=60):
    return signing.dumps(time.time() - seconds, salt=STAMP_SALT)


@pytest.fixture
def form_data():
    def build(**overrides):
        data = {
            "name": "Nguyễn Văn An",
            "email": "an@example.vn",
            "body": "Xin hỏi thủ tục chứng thực bản sao\ncần mang theo giấy tờ gì?",
            "consent": "on",
            "captcha_0": "abc",
            "captcha_1": "PASSED",
            "started": backdated_stamp(),
            "homepage": "",
        }
        data.update(overrides)
        return {key: value for key, value in data.items() if value is not None}

    return build


@pytest.fixture
def make_comment():
    counter = iter(range(1, 1_000_000))

    def build(page, status=ReaderComment.Status.APPROVED, **fields):
        number = next(counter)
        body = fields.pop("body", f"Ý kiến số {number} về bài viết.")
        values = {
            "page_id": page.pk,
            "name": f"Bạn đọc {number}",
            "email": f"reader{number}@example.vn",
            "body": body,
            "status": status,
            "consented_at": timezone.now(),
            "ip_hash": "f" * 64,
            "fingerprint": fingerprint(body),
        }
        values.update(fields)
        return create_comment(**values)

    return build


def reader_request(query=""):
    request = RequestFactory().get(f"/gioi-thieu/{query}")
    Site.find_for_request(request)  # as Wagtail's serve view has resolved (and memoised) it
    return request


@pytest.fixture
def render_block():
    from django.template import Context, Template

    template = Template("{% load wagtail_emulation %}{% comments_block page %}")

    def render(page, query="", request=None):
        request = request or reader_request(query)
        return template.render(Context({"page": page, "request": request}))

    return render
