"""The list of drafts: open, upcoming and closed from the dates, filters by status, field and
issuing body, the window and the number of opinions on each."""

from django.utils import timezone

from wagtail_emulation.consultation.models import DraftOpinion

from .builders import draft_index, make_draft


def add_opinions(page, count):
    now = timezone.now()
    DraftOpinion.objects.bulk_create(
        DraftOpinion(page=page, name="A", email="a@x.vn", body="Ý kiến", consented_at=now)
        for _ in range(count)
    )


def titles(html, candidates):
    return [title for title in candidates if title in html]


def test_list_shows_status_window_and_counts_with_filters(client, home):
    open_draft = make_draft(home, title="Dự thảo đang mở")
    make_draft(home, days_from_now=10, title="Dự thảo sắp tới", issuer="HĐND tỉnh")
    closed = make_draft(home, days_from_now=-60, title="Dự thảo đã đóng", legal_field="Hộ tịch")
    add_opinions(open_draft, 3)
    add_opinions(closed, 1)
    index = draft_index(home)
    names = ["Dự thảo đang mở", "Dự thảo sắp tới", "Dự thảo đã đóng"]

    html = client.get(index.url).content.decode()
    assert titles(html, names) == names
    assert "Đang lấy ý kiến" in html and "Sắp lấy ý kiến" in html and "Đã kết thúc" in html
    assert "3 ý kiến" in html and "1 ý kiến" in html and "Sở Tư pháp" in html
    assert "còn 18 ngày" in html

    assert titles(client.get(index.url, {"status": "open"}).content.decode(), names) == [
        "Dự thảo đang mở"
    ]
    assert titles(client.get(index.url, {"status": "upcoming"}).content.decode(), names) == [
        "Dự thảo sắp tới"
    ]
    assert titles(client.get(index.url, {"status": "closed"}).content.decode(), names) == [
        "Dự thảo đã đóng"
    ]
    by_field = client.get(index.url, {"legal_field": "Hộ tịch"}).content.decode()
    assert titles(by_field, names) == ["Dự thảo đã đóng"]
    by_issuer = client.get(index.url, {"issuer": "HĐND tỉnh"}).content.decode()
    assert titles(by_issuer, names) == ["Dự thảo sắp tới"]


def test_an_extension_moves_the_status_and_is_said_on_the_page(client, home):
    draft = make_draft(home, days_from_now=-30, length=20)
    index = draft_index(home)
    assert "Đã kết thúc" in client.get(draft.url).content.decode()
    today = timezone.localdate()
    draft.extended_until = today + timezone.timedelta(days=5)
    draft.extended_on = today
    draft.extension_reason = "Để các hội, đoàn luật sư kịp góp ý."
    draft.save_revision().publish()
    html = client.get(draft.url).content.decode()
    assert "Đang lấy ý kiến" in html and "còn 6 ngày" in html
    assert "Thời gian lấy ý kiến đã được gia hạn" in html
    assert "Để các hội, đoàn luật sư kịp góp ý." in html
    assert "Dự thảo" in client.get(index.url, {"status": "open"}).content.decode()
