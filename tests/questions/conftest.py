import time

import pytest
from django.core import signing
from django.urls import reverse

from wagtail_emulation.questions.forms import AskForm
from wagtail_emulation.questions.models import QuestionIndexPage, QuestionTopic


@pytest.fixture
def home(db):
    """Only the portal's frame: the full demo is slow."""
    from example_site.portal.demo import site

    home, _ = site.ensure_home()
    site.build(home)
    return home


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def section(home):
    return publish(home, QuestionIndexPage(title="Hỏi đáp pháp luật", slug="hoi-dap"))


@pytest.fixture
def topics(db):
    return {
        name: QuestionTopic.objects.create(name=name, sort_order=order)
        for order, name in enumerate(["Hộ tịch", "Đất đai", "Lao động"])
    }


def ask_url(section):
    return reverse("wagtail_emulation:questions:ask", args=[section.pk])


def lookup_url(section):
    return reverse("wagtail_emulation:questions:lookup", args=[section.pk])


def ask_data(topic, **overrides):
    data = {
        "topic": str(topic.pk),
        "title": "Đăng ký khai sinh cho con khi bố mẹ chưa đăng ký kết hôn",
        "body": "Chúng tôi chưa đăng ký kết hôn. Con sinh tháng trước thì khai sinh thế nào?",
        "full_name": "Nguyễn Thị Hoa",
        "email": "hoa@example.vn",
        "phone": "0912 345 678",
        "address": "Tổ 3, phường Tân Thanh",
        "consent": "on",
        "captcha_0": "abc",
        "captcha_1": "PASSED",
        "started": signing.dumps(time.time() - 60, salt=AskForm.stamp_salt),
        "homepage": "",
    }
    data.update(overrides)
    return data
