"""The editor's screens open in Vietnamese; the notice's editor refuses an early meeting."""

import pytest
from django.urls import reverse

from wagtail_emulation.commendations.models import Decision, NoticeResponse

pytestmark = pytest.mark.django_db

# Units and days off are the core's screens now (tests/core/test_organisation.py).
SNIPPETS = ["award", "emulationcluster", "registrationround", "registration", "decision"]


@pytest.mark.parametrize("model", SNIPPETS)
def test_snippet_screens_open(admin_client, model):
    namespace = f"wagtailsnippets_wagtail_emulation_commendations_{model}"
    assert admin_client.get(reverse(f"{namespace}:list")).status_code == 200
    assert admin_client.get(reverse(f"{namespace}:add")).status_code == 200


def test_decision_editor_has_its_tabs(admin_client, make_decision):
    decision = make_decision()
    url = reverse(
        "wagtailsnippets_wagtail_emulation_commendations_decision:edit", args=[decision.pk]
    )
    html = admin_client.get(url).content.decode()
    assert "Người được khen thưởng" in html and "Liên kết và hủy bỏ" in html


def test_responses_queue_cannot_be_added_to(admin_client):
    assert (
        admin_client.get(reverse("wagtail_emulation_commendations_responses:index")).status_code
        == 200
    )
    response = admin_client.get(reverse("wagtail_emulation_commendations_responses:add"))
    assert response.status_code in (302, 403)
    assert not NoticeResponse.objects.exists()


def test_notice_editor_refuses_a_meeting_inside_the_window(admin_client, home):
    from wagtail.models import Page

    url = reverse(
        "wagtailadmin_pages:add",
        args=["wagtail_emulation_commendations", "candidatenoticepage", home.pk],
    )
    assert admin_client.get(url).status_code == 200
    data = {
        "title": "Công khai danh sách",
        "slug": "cong-khai",
        "opens_on": "02/02/2024",
        "window_working_days": "10",
        "council_meeting_date": "20/02/2024",
        "receiving_unit": "Văn phòng Sở",
        "candidates-TOTAL_FORMS": "0",
        "candidates-INITIAL_FORMS": "0",
        "candidates-MIN_NUM_FORMS": "0",
        "candidates-MAX_NUM_FORMS": "1000",
        "ratings_enabled": "on",
        "comments_enabled": "on",
    }
    response = admin_client.post(url, data)
    html = response.content.decode()
    assert "Hội đồng chỉ được họp sau khi hết thời hạn lấy ý kiến" in html
    assert "23/02/2024" in html
    assert not Page.objects.filter(slug="cong-khai").exists()
    data["council_meeting_date"] = "26/02/2024"
    assert admin_client.post(url, data).status_code == 302
    assert Page.objects.filter(slug="cong-khai").exists()
    assert Decision.objects.count() == 0


def test_office_opens_a_response_and_records_how_it_was_handled(admin_client, home):
    from django.utils import timezone

    from wagtail_emulation.commendations.models import CandidateNoticePage

    notice = CandidateNoticePage(title="Công khai", slug="cong-khai", receiving_unit="Văn phòng")
    home.add_child(instance=notice)
    response = NoticeResponse.objects.create(
        page=notice,
        full_name="Nguyễn Văn An",
        phone="0912345678",
        address="Him Lam",
        body="Đồng ý.",
        consented_at=timezone.now(),
    )
    url = reverse("wagtail_emulation_commendations_responses:edit", args=[response.pk])
    html = admin_client.get(url).content.decode()
    assert "Nguyễn Văn An" in html and "Ghi chú xử lý" in html
    posted = admin_client.post(url, {"status": "handled", "office_note": "Đã trả lời."})
    assert posted.status_code == 302
    response.refresh_from_db()
    assert (response.status, response.office_note) == ("handled", "Đã trả lời.")
    assert response.full_name == "Nguyễn Văn An"  # read-only fields unchanged
