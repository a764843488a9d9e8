"""Dates typed day-first everywhere: Django forms, Wagtail's admin widgets and pickers."""

import datetime
import zoneinfo

import pytest
from django import forms
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.admin.rich_text import get_rich_text_editor_widget
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput, AdminTimeInput
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
        assert widget.get_config() == {
            "dayOfWeekStart": first_day,
            "format": picker_format,
            "validateOnBlur": False,
        }
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


def test_pickers_keep_what_the_editor_typed():
    """Wagtail's picker rewrote a value it could not read on blur: to today, or rolled over
    (31/02 → 3 March). Every admin date, time and date-time picker leaves it to the form."""
    with translation.override("vi"):
        for widget in (AdminDateInput(), AdminTimeInput(), AdminDateTimeInput()):
            assert widget.get_config()["validateOnBlur"] is False, widget
        assert DateBlock().field.widget.get_config()["validateOnBlur"] is False


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("2026-06-01", datetime.date(2026, 6, 1)),  # ISO, as the README promises
        ("01/06/2026", datetime.date(2026, 6, 1)),
        ("1/6/2026", datetime.date(2026, 6, 1)),
        ("32/13/2026", None),
        ("31/02/2026", None),
        ("29/02/2026", None),  # 2026 is not a leap year
        ("2026-13-45", None),
    ],
)
def test_vietnamese_admin_date_field_reads_or_refuses(typed, read):
    with translation.override("vi"):
        field = forms.DateField(widget=AdminDateInput())
        if read is not None:
            assert field.clean(typed) == read
        else:
            with pytest.raises(forms.ValidationError) as refused:
                field.clean(typed)
            assert refused.value.messages == ["Nhập một ngày hợp lệ."]


def test_vietnamese_admin_datetime_field_reads_iso_and_refuses_impossible_days():
    with translation.override("vi"):
        field = forms.DateTimeField(widget=AdminDateTimeInput())
        moment = field.clean("2026-06-01 10:13")
        assert moment.astimezone(HANOI).replace(tzinfo=None) == datetime.datetime(
            2026, 6, 1, 10, 13
        )
        with pytest.raises(forms.ValidationError) as refused:
            field.clean("31/02/2026 10:13")
        assert refused.value.messages == ["Nhập một ngày/thời gian hợp lệ."]


def test_an_impossible_date_in_the_page_editor_is_shown_back_with_an_error(
    client, home, vietnamese_editor
):
    page = home.get_children().get(slug="gioi-thieu").specific
    client.force_login(vietnamese_editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(
        edit_url,
        {
            "title": page.title,
            "slug": page.slug,
            "body": get_rich_text_editor_widget().format_value(page.body),
            "go_live_at": "31/02/2099 10:13",
            "expire_at": "",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nhập một ngày/thời gian hợp lệ." in html
    assert 'value="31/02/2099 10:13"' in html  # kept as typed, to be corrected
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().go_live_at is None


def test_the_installed_wagtails_date_widgets_are_the_ones_the_patches_were_made_for():
    """Fails on a Wagtail whose date widgets changed: check the patches against it, then add
    its digest to ``KNOWN_WIDGET_DIGESTS``."""
    from wagtail_emulation.admin_dates import KNOWN_WIDGET_DIGESTS, widget_digest

    assert widget_digest() in KNOWN_WIDGET_DIGESTS.values(), (
        f"Wagtail's date widgets changed (digest {widget_digest()})"
    )


def test_a_wagtail_with_other_date_widgets_is_left_alone_and_warned_about(monkeypatch):
    from django.forms import TimeInput
    from wagtail.admin.widgets import datetime as wagtail_datetime

    from wagtail_emulation import admin_dates
    from wagtail_emulation.checks import check_admin_date_widgets

    class ChangedTimeInput(TimeInput):  # what a later Wagtail might ship
        def __init__(self, attrs=None, format=None):
            super().__init__(attrs=attrs, format=format or "%H:%M")

        def get_config(self):
            return {"format": "H:i", "allowBlank": True}

    monkeypatch.setattr(wagtail_datetime, "AdminTimeInput", ChangedTimeInput)
    assert not admin_dates.widgets_are_known()
    admin_dates.keep_typed_dates()
    assert ChangedTimeInput().get_config() == {"format": "H:i", "allowBlank": True}
    warnings = check_admin_date_widgets()
    assert [warning.id for warning in warnings] == ["wagtail_emulation.W010"]
