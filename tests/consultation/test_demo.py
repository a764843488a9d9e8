"""The demo portal's consultation: one open draft of 12+ articles on legal aid, one upcoming,
one closed with its published summary report."""

from django.test import Client

from wagtail_emulation.consultation.models import DraftPage
from wagtail_emulation.consultation.window import DraftStatus


def test_demo_has_an_open_an_upcoming_and_a_closed_draft(demo):
    drafts = {draft.status(): draft for draft in DraftPage.objects.live().specific()}
    assert set(drafts) == {DraftStatus.OPEN, DraftStatus.UPCOMING, DraftStatus.CLOSED}
    open_draft, closed = drafts[DraftStatus.OPEN], drafts[DraftStatus.CLOSED]
    assert "trợ giúp pháp lý" in open_draft.title and len(open_draft.articles) >= 12
    client = Client()
    html = client.get(open_draft.url).content.decode()
    assert 'id="dieu-12"' in html and "Góp ý Điều 3" in html
    report = client.get(closed.url).content.decode()
    assert "Báo cáo tổng hợp, tiếp thu, giải trình ý kiến" in report
    assert "Tiếp thu một phần" in report and "Thời gian lấy ý kiến đã được gia hạn" in report
    assert client.get(drafts[DraftStatus.UPCOMING].url).status_code == 200
    listing = client.get(open_draft.get_parent().url).content.decode()
    assert "Sắp lấy ý kiến" in listing and "Đã kết thúc" in listing
