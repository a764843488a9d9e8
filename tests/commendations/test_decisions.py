"""The register: filters, exact and prefix number search, revocation, feeds, sections."""

from datetime import date

import feedparser
import pytest
from django.urls import reverse

from wagtail_emulation.commendations.models import Award, Decision

pytestmark = pytest.mark.django_db


def listing(client, register, **query):
    response = client.get(register.url, query)
    assert response.status_code == 200
    return response.content.decode()


def test_number_is_found_exactly_and_by_its_beginning(client, register, make_decision):
    make_decision("123/QĐ-UBND")
    make_decision("1234/QĐ-BTP")
    make_decision("23/QĐ-STP")
    html = listing(client, register, number="123/qđ-ubnd")
    assert "Quyết định số 123/QĐ-UBND" in html and "1234/QĐ-BTP" not in html
    html = listing(client, register, number="123")
    assert "123/QĐ-UBND" in html and "1234/QĐ-BTP" in html and "23/QĐ-STP" not in html
    assert "2 quyết định" in html


def test_filtered_by_year_and_title_with_a_feed_of_the_same_filter(client, register, make_decision):
    make_decision("1/QĐ-STP", day=date(2023, 5, 1), award="Chiến sĩ thi đua cơ sở")
    make_decision("2/QĐ-STP", day=date(2023, 6, 1), award="Lao động tiên tiến")
    make_decision("3/QĐ-STP", day=date(2024, 5, 1), award="Chiến sĩ thi đua cơ sở")
    award = Award.objects.get(name="Chiến sĩ thi đua cơ sở")
    html = listing(client, register, year=2023, award=award.pk)
    assert "1/QĐ-STP" in html and "2/QĐ-STP" not in html and "3/QĐ-STP" not in html
    feed_url = f"{register.url}rss/?year=2023&award={award.pk}"
    assert feed_url.replace("&", "&amp;") in html
    feed = feedparser.parse(client.get(feed_url).content)
    assert [entry.title.split(" – ")[0] for entry in feed.entries] == ["1/QĐ-STP"]


def test_revoked_decision_stays_visible_and_links_its_revoking_decision(
    client, register, board, make_decision
):
    revoked = make_decision("41/QĐ-STP", recipients=[{"name": "Đinh Văn Khánh"}])
    revoking = make_decision("52/QĐ-STP", day=date(2023, 12, 28), award=None, recipients=[])
    revoked.revoked_by = revoking
    revoked.revocation_reason = "Hồ sơ không đúng thực tế."
    revoked.full_clean()
    revoked.save()
    assert Decision.objects.get(pk=revoked.pk).status == "revoked"

    html = listing(client, register)
    assert "41/QĐ-STP" in html and "Đã bị hủy bỏ" in html
    detail = client.get(f"{register.url}{revoked.pk}/").content.decode()
    assert "Quyết định này đã bị hủy bỏ." in detail and "Hồ sơ không đúng thực tế." in detail
    assert f'href="{register.url}{revoking.pk}/"' in detail
    other = client.get(f"{register.url}{revoking.pk}/").content.decode()
    assert f'href="{register.url}{revoked.pk}/"' in other  # "Quyết định này hủy bỏ"
    # Only decisions in force reach the honour board.
    assert "Đinh Văn Khánh" not in client.get(board.url).content.decode()
    assert "Đinh Văn Khánh" not in listing(client, register, status="in_force")


def test_a_decision_cannot_revoke_itself_or_be_revoked_by_an_older_one(make_decision):
    from django.core.exceptions import ValidationError

    older = make_decision("1/QĐ-STP", day=date(2023, 1, 2))
    newer = make_decision("2/QĐ-STP", day=date(2023, 3, 2))
    newer.revoked_by = older
    with pytest.raises(ValidationError) as raised:
        newer.full_clean()
    assert "không thể cũ hơn" in raised.value.message_dict["revoked_by"][0]
    older.revoked_by = older
    with pytest.raises(ValidationError):
        older.full_clean()


def test_admin_export_csv_has_a_bom_and_vietnamese(admin_client, make_decision):
    make_decision("7/QĐ-STP", recipients=[{"name": "Lò Thị Mai"}])
    url = reverse("wagtailsnippets_wagtail_emulation_commendations_decision:list")
    response = admin_client.get(url, {"export": "csv"})
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    assert "7/QĐ-STP" in body and "Lò Thị Mai" in body and "Chiến sĩ thi đua cơ sở" in body
    xlsx = admin_client.get(url, {"export": "xlsx"})
    assert xlsx.status_code == 200 and xlsx["Content-Type"].startswith("application/vnd.openxml")


def test_each_decision_page_is_in_the_sitemap(register, make_decision):
    decision = make_decision()
    locations = [entry["location"] for entry in register.get_sitemap_urls()]
    assert locations[0] == register.full_url
    assert f"{register.full_url}{decision.pk}/" in locations
