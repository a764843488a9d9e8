"""Dates typed into the Vietnamese admin's pickers are kept as typed: a wrong date gets a
visible Vietnamese error instead of silently becoming another day, and ISO dates are read."""

import datetime

import pytest

pytestmark = pytest.mark.browser


def _type_date(page, selector, text):
    field = page.locator(selector)
    field.fill(text)
    field.press("Tab")  # leave the field, as an editor does: the picker used to rewrite it here
    page.keyboard.press("Escape")
    return page.input_value(selector)


@pytest.fixture
def campaign_editor(portal, editor_page):
    from wagtail_emulation.campaigns.models import CampaignPage

    campaign = CampaignPage.objects.order_by("pk").first()
    editor_page.goto(f"{portal}/admin/pages/{campaign.pk}/edit/")
    yield editor_page, campaign
    # Leave the editor while the server still runs, so its "editing session released" beacon
    # is answered before the test database is emptied.
    editor_page.goto(f"{portal}/admin/")


@pytest.mark.parametrize("typed", ["32/13/2026", "31/02/2026", "2026-13-45"])
def test_an_impossible_date_is_refused_not_changed(campaign_editor, typed):
    page, campaign = campaign_editor
    before = campaign.period_start
    assert _type_date(page, "#id_period_start", typed) == typed
    with page.expect_navigation():
        page.get_by_role("button", name="Lưu bản nháp").click()
    error = page.locator("[data-field-wrapper]:has(#id_period_start) [data-field-errors]")
    assert "Nhập một ngày hợp lệ." in error.inner_text()
    assert page.input_value("#id_period_start") == typed
    campaign.refresh_from_db()
    assert campaign.get_latest_revision_as_object().period_start == before


def test_an_iso_date_is_read_as_written(campaign_editor):
    page, campaign = campaign_editor
    assert _type_date(page, "#id_period_start", "2021-06-15") == "2021-06-15"
    with page.expect_navigation():
        page.get_by_role("button", name="Lưu bản nháp").click()
    campaign.refresh_from_db()
    assert campaign.get_latest_revision_as_object().period_start == datetime.date(2021, 6, 15)
    assert page.input_value("#id_period_start") == "15/06/2021"  # shown back day-first
