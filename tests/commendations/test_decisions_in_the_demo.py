"""Decisions in the demo: campaign and story pages, the register, registrations and board.

Apart from ``test_decisions.py`` (the register on a bare site) so that these share the demo
content other modules load (tests/conftest.py) instead of loading it again after them."""

import pytest

from wagtail_emulation.commendations.models import Decision

pytestmark = pytest.mark.django_db


def test_campaign_and_story_pages_show_their_decisions(client, demo):
    from wagtail_emulation.campaigns.models import CampaignPage
    from wagtail_emulation.exemplars.models import ExemplarStoryPage

    campaign = CampaignPage.objects.get(
        slug="thi-dua-chao-mung-40-nam-thanh-lap-nganh-tu-phap-tinh"
    )
    html = client.get(campaign.url).content.decode()
    assert 'data-emulation="commendations"' in html
    assert "Quyết định số 2150/QĐ-UBND" in html and "Hoàng Minh Tuấn (minh họa)" in html
    story = ExemplarStoryPage.objects.get(
        slug="phong-ly-lich-tu-phap-ve-dich-som-chi-tieu-truc-tuyen"
    )
    html = client.get(story.url).content.decode()
    assert "Quyết định số 2150/QĐ-UBND" in html
    # A news page linked to nothing shows no section.
    other = ExemplarStoryPage.objects.get(slug="to-hoa-giai-ban-na-sang-giu-yen-xom-lang")
    assert 'data-emulation="commendations"' not in client.get(other.url).content.decode()


def test_demo_register_registration_table_and_board(client, demo):
    register = client.get("/quyet-dinh-khen-thuong/?year=2023").content.decode()
    assert "Quyết định số 2150/QĐ-UBND" in register and "Đã bị hủy bỏ" in register
    table = client.get("/dang-ky-thi-dua/").content.decode()
    assert "Lao động tiên tiến" in table and "Phòng Lý lịch tư pháp (minh họa)" in table
    assert "<td>51</td>" in table  # every registration of the round, counted
    clusters = client.get("/dang-ky-thi-dua/", {"by": "cluster"}).content.decode()
    assert "Cụm thi đua Phòng Tư pháp cấp huyện (minh họa)" in clusters
    assert clusters.count("giao ước thi đua<span") == 2  # each cluster's signed pact, linked
    board = client.get("/bang-vang/").content.decode()
    assert "Lò Văn Minh (minh họa)" in board and "Đinh Văn Khánh" not in board


def test_a_campaign_page_shows_a_new_decision_at_once(client, demo, make_decision):
    from wagtail_emulation.campaigns.models import CampaignPage

    campaign = CampaignPage.objects.get(
        slug="thi-dua-chao-mung-40-nam-thanh-lap-nganh-tu-phap-tinh"
    )
    assert "99/QĐ-STP" not in client.get(campaign.url).content.decode()
    make_decision("99/QĐ-STP", campaign=campaign, recipients=[{"name": "Cầm Thị Lan"}])
    html = client.get(campaign.url).content.decode()
    assert "Quyết định số 99/QĐ-STP" in html and "Cầm Thị Lan" in html


def test_loading_the_demo_again_changes_nothing(demo):
    from io import StringIO

    from django.core.management import call_command

    from wagtail_emulation.commendations.models import Registration

    before = (Decision.objects.count(), Registration.objects.count())
    call_command("load_demo", stdout=StringIO())
    assert (Decision.objects.count(), Registration.objects.count()) == before
    assert Decision.objects.filter(status="revoked").count() == 1
