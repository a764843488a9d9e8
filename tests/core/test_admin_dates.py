"""Dates typed day-first everywhere: Django forms, Wagtail's admin widgets and pickers."""

import datetime
import zoneinfo

import pytest
from django import forms
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.admin.rich_text import get_rich_text_editor_widget
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput
from wagtail.blocks import DateBlock
from wagtail.users.models import UserProfile

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def test_public_datetime_fields_read_day_first():
    with translation.override("vi"):
        field = forms.DateTimeField()
        moment = field.clean("05/06/2020 10:13")
    assert moment.astimezone(HANOI).replace(tzinfo=None) == datetime.datetime(2020, 6, 5, 10, 13)


@pytest.mark.parametrize(
    ("language", "date_text", "picker_format", "first_day"),
    [("vi", "05/06/2020", "d/m/Y", 1), ("en", "2020-06-05", "Y-m-d", 0)],
)
def test_admin_date_widget_follows_the_editors_language(
    language, date_text, picker_format, first_day
):
    widget = AdminDateInput()  # built once, rendered in whichever language is active
    with translation.override(language):
        assert widget.format_value(datetime.date(2020, 6, 5)) == date_text
        assert widget.get_config() == {"dayOfWeekStart": first_day, "format": picker_format}
        # What the picker writes is read back as the same day.
        assert forms.DateField(widget=widget).clean(date_text) == datetime.date(2020, 6, 5)


def test_admin_datetime_widget_and_date_block_in_vietnamese():
    with translation.override("vi"):
        config = AdminDateTimeInput().get_config()
        assert (config["format"], config["dayOfWeekStart"]) == ("d/m/Y H:i", 1)
        assert DateBlock().field.widget.get_config()["format"] == "d/m/Y"
        # A format a developer chose explicitly is kept.
        assert DateBlock(format="%d.%m.%Y").field.widget.get_config()["format"] == "d.m.Y"


@pytest.fixture
def vietnamese_editor(db):
    user = get_user_model().objects.create_superuser("bientap", "bientap@example.com", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
    return user


def test_vietnamese_admin_page_form_reads_05_06_as_5_june(client, home, vietnamese_editor):
    page = home.get_children().get(slug="gioi-thieu").specific
    client.force_login(vietnamese_editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    html = client.get(edit_url).content.decode()
    # The scheduled-publishing dialog's picker, a widget Wagtail builds at import time.
    assert "Y-m-d" not in html
    assert "d/m/Y H:i" in html and "dayOfWeekStart" in html

    response = client.post(
        edit_url,
        {
            "title": page.title,
            "slug": page.slug,
            "body": get_rich_text_editor_widget().format_value(page.body),
            "go_live_at": "05/06/2099 10:13",
            "expire_at": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert draft.go_live_at.astimezone(HANOI).replace(tzinfo=None) == datetime.datetime(
        2099, 6, 5, 10, 13
    )
